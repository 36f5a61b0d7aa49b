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

function compare(a: Placed, b: Placed): number {
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
  placed.sort(compare);
  const out = new Array<Diagnostic>(placed.length);
  for (let i = 0; i < placed.length; i++) out[i] = placed[i]!.d;
  return out;
}

/** Diagnostics in canonical order for a document. */
export function sortDiagnostics(
  doc: Pick<VDoc, 'nodes' | 'links'>,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  // Only the ids named first need a position: look those up in one pass over the document.
  const wanted = new Set<string>();
  for (const d of diagnostics) {
    const first = d.elements[0];
    if (first !== undefined) wanted.add(first);
  }
  const nodePos = new Map<string, number>();
  const linkPos = new Map<string, number>();
  if (wanted.size > 0) {
    const { nodes, links } = doc;
    for (let i = 0; i < nodes.length; i++) {
      const id = nodes[i]!.id;
      if (wanted.has(id) && !nodePos.has(id)) nodePos.set(id, i);
    }
    for (let i = 0; i < links.length; i++) {
      const id = links[i]!.id;
      if (wanted.has(id) && !linkPos.has(id)) linkPos.set(id, i);
    }
  }
  const placed: Placed[] = diagnostics.map((d) => {
    const first = d.elements[0];
    if (first === undefined) return { d, group: GROUP_NONE, pos: 0 };
    const n = nodePos.get(first);
    if (n !== undefined) return { d, group: GROUP_NODE, pos: n };
    const l = linkPos.get(first);
    if (l !== undefined) return { d, group: GROUP_LINK, pos: l };
    return { d, group: GROUP_UNKNOWN, pos: 0 };
  });
  return sortPlaced(placed);
}
