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

  constructor(private readonly items: readonly { readonly id: string }[]) {
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
      if (this.hashes[c] === h && same(this.items[at]!.id, id)) return at;
      c = (c + 1) & this.mask;
    }
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
    for (let i = 0; i < this.items.length; i++) if (this.firsts[i]) yield [this.items[i]!.id, i];
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
