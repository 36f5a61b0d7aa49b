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
    up[i] = p === undefined ? -1 : parentAt(i, p);
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
  const byId = new FirstPositions(first);
  return { nodes, roots, byId, parent: up, firstChild, nextSibling, siblingIndex };

  /**
   * The first position of the id `parent`, for the element at `i` while `up` is filled.
   * Documents list a stack from the bottom up, so the parent is nearly always the element
   * before or one it sits on: a few comparisons of ids find it without hashing the id.
   */
  function parentAt(i: number, parent: string): number {
    for (let j = i - 1, steps = 0; j >= 0 && steps < 4; j = up[j]!, steps++) {
      if (nodes[j]!.id === parent && first.isFirstAt(j)) return j;
    }
    return first.get(parent) ?? -1;
  }
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

/**
 * The first position of each id, answered by a table built over the node list the forest
 * was built from. A forest kept between layouts (same ids and parents, see LayoutCache)
 * keeps that table, which reads the ids of the older list: the same ids. The table is a
 * private field so that two layouts are equal when they answer the same, whichever list
 * their table was built over.
 */
class FirstPositions implements ReadonlyMap<string, number> {
  readonly #slots: IdSlots;

  constructor(slots: IdSlots) {
    this.#slots = slots;
  }

  get size(): number {
    return this.#slots.size;
  }

  get(id: string): number | undefined {
    return this.#slots.get(id);
  }

  has(id: string): boolean {
    return this.#slots.has(id);
  }

  forEach(
    f: (position: number, id: string, map: ReadonlyMap<string, number>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, i] of this.#slots.entries()) f.call(thisArg, i, id, this);
  }

  entries(): MapIterator<[string, number]> {
    return this.#slots.entries();
  }

  keys(): MapIterator<string> {
    return this.#slots.keys();
  }

  values(): MapIterator<number> {
    return this.#slots.values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.#slots.entries();
  }
}
