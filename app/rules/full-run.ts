// One validation of a whole document, keeping nothing: the reference the incremental
// Validator must always agree with.
import type { Diagnostic, VDoc } from '../model/document';
import { Facts, buildIndex } from '../model/facts';
import type { NodeTable } from '../model/facts';
import { Checker } from './checker';
import { GROUP_LINK, GROUP_NODE, GROUP_NONE, GROUP_UNKNOWN, sortPlaced } from './order';
import type { Placed } from './order';
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
    checker.node(nodes[i]!, out);
  }
  for (let i = 0; i < links.length; i++) checker.link(links[i]!, out);
  checker.doc(doc, checker.docLevel, out);
  checker.doc(doc, checker.otherLevel, out);
  for (const d of applySeverityOverrides(doc, loadDiagnostics)) out.push(d);
  return sortPlaced(placeAll(doc, index, out));
}

/**
 * Where each diagnostic sorts (see order.ts): the table has each node's position, so only the
 * links are scanned, and only when a diagnostic names an id that no node has.
 */
function placeAll(doc: VDoc, index: NodeTable, diagnostics: readonly Diagnostic[]): Placed[] {
  let linkPos: Map<string, number> | undefined;
  const placed: Placed[] = [];
  for (const d of diagnostics) {
    const first = d.elements[0];
    if (first === undefined) {
      placed.push({ d, group: GROUP_NONE, pos: 0 });
      continue;
    }
    const pos = index.position(first);
    if (pos !== undefined) {
      placed.push({ d, group: GROUP_NODE, pos });
      continue;
    }
    linkPos ??= linkPositions(doc);
    const l = linkPos.get(first);
    placed.push(
      l === undefined ? { d, group: GROUP_UNKNOWN, pos: 0 } : { d, group: GROUP_LINK, pos: l },
    );
  }
  return placed;
}

function linkPositions(doc: VDoc): Map<string, number> {
  const pos = new Map<string, number>();
  const { links } = doc;
  for (let i = 0; i < links.length; i++) {
    const id = links[i]!.id;
    if (!pos.has(id)) pos.set(id, i);
  }
  return pos;
}
