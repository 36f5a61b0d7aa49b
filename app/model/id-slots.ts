// The first position of each id among a document's elements, as a read-only map from id to
// position kept in one typed array (open addressing). A validation pass builds one over every
// element: a Map of 10,000 string keys, grown by rehashing as it fills, cost about a tenth of
// the whole pass; this table is sized once and holds no objects of its own.
//
// The hash is seeded at random per process, so a document cannot be written to make its ids
// collide (an untrusted file must not turn look-ups quadratic).
// A 32-bit signed integer, as every hash is: hashes are kept in an Int32Array.
const SEED = (Math.random() * 0x100000000) | 0;

/** FNV-1a over the UTF-16 code units, from the seed. */
function hash(id: string): number {
  // Ids are strings once a file is restored; anything else still may not throw here.
  if (typeof id !== 'string') return SEED;
  let h = SEED ^ id.length;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** Map's key equality (SameValueZero): NaN is itself. */
function same(a: string, b: string): boolean {
  return a === b || (a !== a && b !== b);
}

export class IdSlots implements ReadonlyMap<string, number> {
  /** Each cell: a position whose id hashes there (or was pushed along from there), or -1. */
  private readonly cells: Int32Array;
  /**
   * The hash of each cell's id: a probe passing other ids compares hashes and reads an item's
   * id only when they match (reading an item is a trip to memory for each collision).
   */
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** 1 at the first position of each id. */
  private readonly firsts: Uint8Array;
  readonly size: number;
  /**
   * Private (#) so that two tables answering the same are equal whichever list of the same
   * ids they were built over (a layout keeps its table while the ids stay the same).
   */
  readonly #items: readonly { readonly id: string }[];

  constructor(items: readonly { readonly id: string }[]) {
    this.#items = items;
    let capacity = 16;
    while (capacity < items.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.cells = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity);
    this.firsts = new Uint8Array(items.length);
    let size = 0;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      const h = hash(id);
      let c = h & this.mask;
      for (;;) {
        const at = this.cells[c]!;
        if (at < 0) {
          this.cells[c] = i;
          this.hashes[c] = h;
          this.firsts[i] = 1;
          size++;
          break;
        }
        if (this.hashes[c] === h && same(items[at]!.id, id)) break;
        c = (c + 1) & this.mask;
      }
    }
    this.size = size;
  }

  get(id: string): number | undefined {
    const h = hash(id);
    let c = h & this.mask;
    for (;;) {
      const at = this.cells[c]!;
      if (at < 0) return undefined;
      if (this.hashes[c] === h && same(this.#items[at]!.id, id)) return at;
      c = (c + 1) & this.mask;
    }
  }

  /**
   * The first position of `parent`, the id the item at `i` names as its parent, where
   * `below[j]` holds the position already found for each earlier item (or -1). Documents list
   * a stack from the bottom up, one stack after another, so the parent is nearly always the
   * item before or one it sits on: a few comparisons of ids find it without hashing the id.
   */
  parentOf(i: number, parent: string, below: Int32Array): number | undefined {
    const items = this.#items;
    for (let j = i - 1, steps = 0; j >= 0 && steps < 4; j = below[j]!, steps++) {
      if (items[j]!.id === parent && this.firsts[j] === 1) return j;
    }
    return this.get(parent);
  }

  /** Whether the item at `i` is the first with its id. */
  isFirstAt(i: number): boolean {
    return this.firsts[i] === 1;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(
    f: (position: number, id: string, map: ReadonlyMap<string, number>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, i] of this.entries()) f.call(thisArg, i, id, this);
  }

  /** In document order of first positions. */
  *entries(): MapIterator<[string, number]> {
    const items = this.#items;
    for (let i = 0; i < items.length; i++) if (this.firsts[i]) yield [items[i]!.id, i];
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<number> {
    for (const [, i] of this.entries()) yield i;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
