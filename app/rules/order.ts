// The canonical order of diagnostics, the same for a full and an incremental run: by the
// document position of the first element named (diagnostics naming nothing first, then
// nodes, then links, then ids that name nothing), then rule id, message, elements.
import type { Diagnostic, VDoc } from '../model/document';

/** Where a diagnostic sorts: a group, then a position within it. */
export interface Placed {
  readonly d: Diagnostic;
  readonly group: number;
  readonly pos: number;
}

export const GROUP_NONE = 0;
export const GROUP_NODE = 1;
export const GROUP_LINK = 2;
export const GROUP_UNKNOWN = 3;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical order of two placed diagnostics. */
export function comparePlaced(a: Placed, b: Placed): number {
  if (a.group !== b.group) return a.group - b.group;
  if (a.pos !== b.pos) return a.pos < b.pos ? -1 : 1;
  const x = a.d;
  const y = b.d;
  const byText = compareText(x.rule, y.rule) || compareText(x.message, y.message);
  if (byText !== 0) return byText;
  const n = Math.min(x.elements.length, y.elements.length);
  for (let i = 0; i < n; i++) {
    const c = compareText(x.elements[i]!, y.elements[i]!);
    if (c !== 0) return c;
  }
  return x.elements.length - y.elements.length || compareText(x.severity, y.severity);
}

/**
 * Sorts placed diagnostics. Array.prototype.sort is a merge sort that finds runs already in
 * order, so re-sorting a sorted list with a few new entries appended costs little more than
 * a pass over it.
 */
export function sortPlaced(placed: Placed[]): Diagnostic[] {
  placed.sort(comparePlaced);
  const out = new Array<Diagnostic>(placed.length);
  for (let i = 0; i < placed.length; i++) out[i] = placed[i]!.d;
  return out;
}

/** Diagnostics in canonical order for a document. */
export function sortDiagnostics(
  doc: Pick<VDoc, 'nodes' | 'links'>,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  return sortPlaced(placeDiagnostics(doc, diagnostics));
}

/**
 * Where each diagnostic sorts. `nodePosition` gives a node id's first position when the caller
 * already has an index of them; without one, the nodes named first are looked up in one pass.
 * Links are scanned only when a diagnostic names an id no node has.
 */
export function placeDiagnostics(
  doc: Pick<VDoc, 'nodes' | 'links'>,
  diagnostics: readonly Diagnostic[],
  nodePosition: (id: string) => number | undefined = firstPositions(doc.nodes, diagnostics),
): Placed[] {
  let linkPosition: ((id: string) => number | undefined) | undefined;
  return diagnostics.map((d) => {
    const first = d.elements[0];
    if (first === undefined) return { d, group: GROUP_NONE, pos: 0 };
    const n = nodePosition(first);
    if (n !== undefined) return { d, group: GROUP_NODE, pos: n };
    linkPosition ??= firstPositions(doc.links, diagnostics);
    const l = linkPosition(first);
    if (l !== undefined) return { d, group: GROUP_LINK, pos: l };
    return { d, group: GROUP_UNKNOWN, pos: 0 };
  });
}

/** The first position in `items` of each id some diagnostic names first. */
function firstPositions(
  items: readonly { readonly id: string }[],
  diagnostics: readonly Diagnostic[],
): (id: string) => number | undefined {
  const wanted = new Set<string>();
  for (const d of diagnostics) {
    const first = d.elements[0];
    if (first !== undefined) wanted.add(first);
  }
  const pos = new Map<string, number>();
  if (wanted.size > 0) {
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      if (wanted.has(id) && !pos.has(id)) pos.set(id, i);
    }
  }
  return (id) => pos.get(id);
}
