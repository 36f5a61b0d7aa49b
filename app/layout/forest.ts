// The document as a forest of stacks. Every element gets exactly one place: an element
// with no parent, or whose parent names nothing, roots its own stack; a parent cycle is
// cut at its member that comes first in the document, which then roots the stack. No
// recursion: chains 10,000 deep are walked with loops.
import type { VNode } from '../model/document';

export interface Forest {
  /** Stack roots, in document order. */
  readonly roots: readonly VNode[];
  /** The first element with each id (its children are the id's children). */
  readonly byId: ReadonlyMap<string, VNode>;
  /** What a node is drawn on; absent for roots. */
  readonly parentOf: ReadonlyMap<VNode, VNode>;
  /** Its place among its parent's children (0 = leftmost). */
  readonly siblingIndex: ReadonlyMap<VNode, number>;
  children(node: VNode): readonly VNode[];
}

const NONE: readonly VNode[] = Object.freeze([]);

export function buildForest(nodes: readonly VNode[]): Forest {
  const byId = new Map<string, VNode>();
  const docIndex = new Map<VNode, number>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (!byId.has(n.id)) byId.set(n.id, n);
    if (!docIndex.has(n)) docIndex.set(n, i);
  }
  const up = (n: VNode): VNode | undefined =>
    n.parent === undefined ? undefined : byId.get(n.parent);

  // Walk each chain once; a chain that meets itself is a cycle, cut at its earliest member.
  const cut = new Set<VNode>();
  const state = new Map<VNode, 1 | 2>(); // 1: on the current walk, 2: resolved
  const path: VNode[] = [];
  for (const start of nodes) {
    let cur: VNode | undefined = start;
    while (cur && state.get(cur) === undefined) {
      state.set(cur, 1);
      path.push(cur);
      cur = up(cur);
    }
    if (cur && state.get(cur) === 1) {
      let first = cur;
      for (let i = path.lastIndexOf(cur); i < path.length; i++) {
        if (docIndex.get(path[i]!)! < docIndex.get(first)!) first = path[i]!;
      }
      cut.add(first);
    }
    for (const n of path) state.set(n, 2);
    path.length = 0;
  }

  const roots: VNode[] = [];
  const parentOf = new Map<VNode, VNode>();
  const kids = new Map<VNode, VNode[]>();
  const siblingIndex = new Map<VNode, number>();
  const placed = new Set<VNode>();
  for (const n of nodes) {
    // The same object listed twice is drawn once.
    if (placed.has(n)) continue;
    placed.add(n);
    const p = cut.has(n) ? undefined : up(n);
    if (!p) {
      roots.push(n);
      continue;
    }
    parentOf.set(n, p);
    let list = kids.get(p);
    if (!list) kids.set(p, (list = []));
    siblingIndex.set(n, list.length);
    list.push(n);
  }
  return { roots, byId, parentOf, siblingIndex, children: (n) => kids.get(n) ?? NONE };
}
