// Runs one rule module over a document directly (no engine), for rule tests.
import type { Diagnostic, VDoc, VLink, VNode } from '../../../app/model/document';
import { CURRENT_VERSION } from '../../../app/model/document';
import { Facts, buildIndex } from '../../../app/model/facts';
import type { RuleContext, RuleModule } from '../../../app/rules/types';

export function runRule(rule: RuleModule, doc: VDoc, ratio = 4): Diagnostic[] {
  const ctx: RuleContext = { facts: new Facts(buildIndex(doc)), cpuOvercommitRatio: ratio };
  const out: Diagnostic[] = [];
  const report = (message: string, elements: readonly string[]) =>
    out.push({
      rule: rule.meta.id,
      severity: rule.meta.severity,
      message,
      elements: [...elements],
    });
  for (const node of doc.nodes) rule.checkNode?.(node, ctx, report);
  for (const link of doc.links) rule.checkLink?.(link, ctx, report);
  rule.checkDoc?.(doc, ctx, report);
  return out;
}

type NodeSpec = Omit<VNode, 'props'> & { props?: Record<string, unknown> };

/** A document from terse node specs: `doc([{ id: 'hw', kind: 'hardware' }, ...])`. */
export function doc(nodes: NodeSpec[], links: VLink[] = [], settings: VDoc['settings'] = {}): VDoc {
  return {
    format: 'vtopo',
    version: CURRENT_VERSION,
    nodes: nodes.map((n) => ({ ...n, props: n.props ?? {} })),
    links,
    settings,
  };
}
