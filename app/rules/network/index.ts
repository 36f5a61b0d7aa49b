import type { RuleModule } from '../types';

export const networkRules: readonly RuleModule[] = [];
