// The document as a forest of stacks, over node indices (typed arrays, no recursion, so a
// 10,000-element document or a 10,000-deep chain is walked in a few linear passes). Every
// element gets exactly one place: an element with no parent, or whose parent names
// nothing, roots its own stack; a parent cycle is cut at its member that comes first in
// the document, which then roots the stack.
import type { VNode } from '../model/document';
import { IdSlots } from '../model/id-slots';

export interface Forest {
  readonly nodes: readonly VNode[];
  /** Indices of the stack roots, in document order. */
  readonly roots: readonly number[];
  /** The first index holding each id (its children are the id's children). */
  readonly byId: ReadonlyMap<string, number>;
  /** The index of what each node is drawn on; -1 for roots. */
  readonly parent: Int32Array;
  /** Children in document order, as linked lists; -1 ends them. */
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  /** A node's place among its parent's children (0 = leftmost). */
  readonly siblingIndex: Int32Array;
}

export function buildForest(nodes: readonly VNode[]): Forest {
  const n = nodes.length;
  // A table of first positions sized once, not a Map of 10,000 keys grown by rehashing.
  const first = new IdSlots(nodes);
  const up = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = nodes[i]!.parent;
    up[i] = p === undefined ? -1 : (first.parentOf(i, p, up) ?? -1);
  }

  // Walk each chain once; a chain that meets itself is a cycle, cut at its earliest member.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 resolved
  // The current walk: path[0..len). Typed, because emptying an array by setting its length
  // 10,000 times is a runtime call each time.
  const path = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    let len = 0;
    let cur = start;
    while (cur >= 0 && state[cur] === 0) {
      state[cur] = 1;
      path[len++] = cur;
      cur = up[cur]!;
    }
    if (cur >= 0 && state[cur] === 1) {
      let first = cur;
      for (let k = path.lastIndexOf(cur, len - 1); k < len; k++) first = Math.min(first, path[k]!);
      up[first] = -1;
    }
    for (let k = 0; k < len; k++) state[path[k]!] = 2;
  }

  const roots: number[] = [];
  const firstChild = new Int32Array(n).fill(-1);
  const lastChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  const siblingIndex = new Int32Array(n);
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = up[i]!;
    if (p < 0) {
      roots.push(i);
      continue;
    }
    if (lastChild[p]! < 0) firstChild[p] = i;
    else nextSibling[lastChild[p]!] = i;
    lastChild[p] = i;
    siblingIndex[i] = count[p]!++;
  }
  return { nodes, roots, byId: first, parent: up, firstChild, nextSibling, siblingIndex };
}

/**
 * The node after `cur` in a pre-order walk of the stack rooted at `root` (a parent before its
 * children, children in order), or -1 after its last: a walk through the parent and sibling
 * links, with no stack and no recursion. Takes the forest's arrays rather than the forest:
 * it runs once per element, and reading them off the forest each time cost more than the walk.
 */
export function nextInStack(
  root: number,
  cur: number,
  parent: Int32Array,
  firstChild: Int32Array,
  nextSibling: Int32Array,
): number {
  if (firstChild[cur]! >= 0) return firstChild[cur]!;
  while (cur !== root && nextSibling[cur]! < 0) cur = parent[cur]!;
  return cur === root ? -1 : nextSibling[cur]!;
}
