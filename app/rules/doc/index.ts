import type { RuleModule } from '../types';

export const docRules: readonly RuleModule[] = [];
