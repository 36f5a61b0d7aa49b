// Quick fixes are asked for long after a diagnostic was made, on whatever document is open
// then: a rule's fixes first check that the rule still reports the same finding there.
import type { Diagnostic, VDoc, VLink, VNode } from '../model/document';
import { Facts, buildIndex } from '../model/facts';
import type { RuleContext, RuleModule } from './types';

/**
 * The node a diagnostic names first, with facts over `doc`, when `rule`'s node check still
 * reports exactly `diagnostic` there; otherwise undefined (the finding is gone or changed).
 */
export function recheckNode(
  rule: RuleModule,
  doc: VDoc,
  diagnostic: Diagnostic,
): { facts: Facts; node: VNode } | undefined {
  const id = diagnostic.elements[0];
  if (id === undefined || !rule.checkNode) return undefined;
  const facts = new Facts(buildIndex(doc));
  const node = facts.node(id);
  if (!node) return undefined;
  const ctx: RuleContext = { facts, cpuOvercommitRatio: 4 };
  let found = false;
  rule.checkNode(node, ctx, (message) => {
    if (message === diagnostic.message) found = true;
  });
  return found ? { facts, node } : undefined;
}

/** The same for a link check: the link a diagnostic names first, when still reported. */
export function recheckLink(
  rule: RuleModule,
  doc: VDoc,
  diagnostic: Diagnostic,
): { facts: Facts; link: VLink } | undefined {
  const id = diagnostic.elements[0];
  if (id === undefined || !rule.checkLink) return undefined;
  const link = doc.links.find((l) => l.id === id);
  if (!link) return undefined;
  const facts = new Facts(buildIndex(doc));
  const ctx: RuleContext = { facts, cpuOvercommitRatio: 4 };
  let found = false;
  rule.checkLink(link, ctx, (message) => {
    if (message === diagnostic.message) found = true;
  });
  return found ? { facts, link } : undefined;
}
