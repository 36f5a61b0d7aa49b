import type { RuleModule } from '../types';

export const resourcesRules: readonly RuleModule[] = [];
