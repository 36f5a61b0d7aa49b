// Every rule, registered in one list.
import { compatRules } from './compat';
import { docRules } from './doc';
import { insightRules } from './insight';
import { networkRules } from './network';
import { resourcesRules } from './resources';
import { stackRules } from './stack';
import type { RuleModule } from './types';

export const RULES: readonly RuleModule[] = [
  ...docRules,
  ...stackRules,
  ...compatRules,
  ...resourcesRules,
  ...networkRules,
  ...insightRules,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): RuleModule | undefined {
  return BY_ID.get(id);
}
