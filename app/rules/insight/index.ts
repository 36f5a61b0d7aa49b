import type { RuleModule } from '../types';

export const insightRules: readonly RuleModule[] = [];
