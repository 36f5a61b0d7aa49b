import type { RuleModule } from '../types';

export const stackRules: readonly RuleModule[] = [];
