// The index of a document as a table of positions: the first position of each id, each
// element's parent and children as positions in typed arrays, and each element's checked props
// (see prop-check), all built once for a pass over a document that does not change. A table
// rather than an object per element because a full validation of 10,000 elements otherwise
// leaves the garbage collector many small objects to copy mid-pass: p50 and p95 went down with
// it (see the commit that introduced it, d7e6af4).
import type { VDoc, VNode } from './document';
import { IdSlots } from './id-slots';
import { kindCode } from './kinds';
import { checkPropsInto } from './prop-check';
import type { CheckedInto } from './prop-check';
import { SlotMap } from './slot-map';

export interface DocIndex {
  /** The first element with each id. */
  readonly byId: ReadonlyMap<string, VNode>;
  /** The elements whose `parent` is `id`, in document order (also for ids naming nothing). */
  children(id: string): readonly VNode[];
  /**
   * True when every element's parent, where it names one, is an earlier element: then no
   * chain of parents can loop. (Documents are mostly written that way; false proves nothing.)
   */
  readonly parentsFirst?: boolean;
}

/** No elements (what has no children answers). */
export const NONE: readonly VNode[] = Object.freeze([]);

/**
 * A document's elements by position, for a pass over a document that does not change: the
 * first position of each id, each element's parent and children as positions, and what
 * Facts works out about each element. Positions in typed arrays, not an object per element:
 * a collection during a pass then has next to nothing to copy.
 */
export class NodeTable implements DocIndex {
  readonly byId: ReadonlyMap<string, VNode>;
  readonly parentsFirst: boolean;
  private readonly first: IdSlots;
  /** The position of the first element with the id each element's parent names, or -1. */
  private readonly below: Int32Array;
  // Each position's children, in document order: the first, then each one's next sibling.
  private readonly firstKid: Int32Array;
  private readonly nextKid: Int32Array;
  private readonly kidLists: (readonly VNode[] | undefined)[];
  /** The children of ids that name no element. */
  private readonly strays = new Map<string, VNode[]>();
  /** Each element's props inside their domain (see `checkProps`), once asked. */
  private readonly views: (Readonly<Record<string, unknown>> | undefined)[];
  /** 1 where every prop is inside its domain and every required one is given, else 2. */
  private readonly domain: Uint8Array;
  private readonly checked: CheckedInto = { valid: {}, inDomain: true };
  /** Each element's kind code (see `kindCode`): its rules and prop checks are picked by it. */
  private readonly kinds: Uint8Array;

  constructor(readonly nodes: readonly VNode[]) {
    const n = nodes.length;
    this.first = new IdSlots(nodes);
    this.below = new Int32Array(n).fill(-1);
    this.kinds = new Uint8Array(n);
    let parentsFirst = true;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      this.kinds[i] = kindCode(node.kind);
      if (node.parent === undefined) continue;
      const b = this.first.parentOf(i, node.parent, this.below);
      // An element sitting on itself has not come before itself either.
      if (b === undefined || b >= i) parentsFirst = false;
      if (b !== undefined) this.below[i] = b;
      else {
        const list = this.strays.get(node.parent);
        if (list) list.push(node);
        else this.strays.set(node.parent, [node]);
      }
    }
    this.parentsFirst = parentsFirst;
    // From the last element back, each put first among its siblings: document order.
    this.firstKid = new Int32Array(n).fill(-1);
    this.nextKid = new Int32Array(n).fill(-1);
    for (let i = n - 1; i >= 0; i--) {
      const b = this.below[i]!;
      if (b < 0) continue;
      this.nextKid[i] = this.firstKid[b]!;
      this.firstKid[b] = i;
    }
    this.kidLists = new Array<readonly VNode[] | undefined>(n);
    this.views = new Array<Readonly<Record<string, unknown>> | undefined>(n);
    this.domain = new Uint8Array(n);
    this.byId = new SlotMap(this.first, nodes);
  }

  /** The position of the first element with an id. */
  position(id: string): number | undefined {
    return this.first.get(id);
  }

  children(id: string): readonly VNode[] {
    const i = this.first.get(id);
    return i === undefined ? (this.strays.get(id) ?? NONE) : this.kidsAt(i);
  }

  /** The position of the element beneath the one at `i`, or -1. */
  belowAt(i: number): number {
    return this.below[i]!;
  }

  /** The position of the first child of the element at `i`, or -1. */
  firstKidAt(i: number): number {
    return this.firstKid[i]!;
  }

  /** The position of the next sibling of the element at `i`, in document order, or -1. */
  nextKidAt(i: number): number {
    return this.nextKid[i]!;
  }

  /** The children of the element at `i` (none for a later element sharing an id). */
  kidsAt(i: number): readonly VNode[] {
    const known = this.kidLists[i];
    if (known) return known;
    if (this.firstKid[i]! < 0) return NONE;
    // Counted first: a list grown by push holds room for many more (garbage, every pass).
    let count = 0;
    for (let k = this.firstKid[i]!; k >= 0; k = this.nextKid[k]!) count++;
    const list = new Array<VNode>(count);
    count = 0;
    for (let k = this.firstKid[i]!; k >= 0; k = this.nextKid[k]!) list[count++] = this.nodes[k]!;
    return (this.kidLists[i] = list);
  }

  /** The kind code of the element at `i`. */
  kindAt(i: number): number {
    return this.kinds[i]!;
  }

  viewAt(i: number): Readonly<Record<string, unknown>> {
    return this.views[i] ?? this.check(i);
  }

  inDomainAt(i: number): boolean {
    if (this.domain[i] === 0) this.check(i);
    return this.domain[i] === 1;
  }

  private check(i: number): Readonly<Record<string, unknown>> {
    const { valid, inDomain } = checkPropsInto(this.nodes[i]!, this.checked, this.kinds[i]);
    this.domain[i] = inDomain ? 1 : 2;
    return (this.views[i] = valid);
  }
}

export function buildIndex(doc: Pick<VDoc, 'nodes'>): NodeTable {
  return new NodeTable(doc.nodes);
}
