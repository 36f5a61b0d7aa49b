// One validation of a whole document, keeping nothing: the reference the incremental
// Validator must always agree with.
import type { Diagnostic, VDoc } from '../model/document';
import { Facts, buildIndex } from '../model/facts';
import { Checker } from './checker';
import { placeDiagnostics, sortPlaced } from './order';
import { applySeverityOverrides, settingsOf } from './severity';
import type { RuleModule } from './types';

export interface ValidateOptions {
  /** The rules to run; default: every rule in the catalogue. */
  readonly rules?: readonly RuleModule[];
}

export function validateOnce(
  doc: VDoc,
  loadDiagnostics: readonly Diagnostic[],
  rules: readonly RuleModule[],
): Diagnostic[] {
  const checker = new Checker(rules, settingsOf(doc));
  const index = buildIndex(doc);
  const facts = new Facts(index);
  facts.settleCycles();
  checker.begin(facts);
  const out: Diagnostic[] = [];
  const { nodes, links } = doc;
  for (let i = 0; i < nodes.length; i++) {
    facts.focus(i);
    checker.nodeOfKind(nodes[i]!, index.kindAt(i), out);
  }
  for (let i = 0; i < links.length; i++) checker.link(links[i]!, out);
  checker.doc(doc, checker.docLevel, out);
  checker.doc(doc, checker.otherLevel, out);
  for (const d of applySeverityOverrides(doc, loadDiagnostics)) out.push(d);
  // The table already has each node's position: no scan of the nodes to place diagnostics.
  return sortPlaced(placeDiagnostics(doc, out, (id) => index.position(id)));
}
