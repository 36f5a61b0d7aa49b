import type { RuleModule } from '../types';

export const compatRules: readonly RuleModule[] = [];
