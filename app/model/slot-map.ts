// A read-only map from id to value that holds no entries of its own: it reads an id's slot
// from an index the caller already keeps, and the value from an array at that slot. The
// node table and the layout use it so that a 10,000-element document does not get a second
// Map of 10,000 entries beside the index it already has.

export class SlotMap<T> implements ReadonlyMap<string, T> {
  constructor(
    private readonly slots: ReadonlyMap<string, number>,
    private readonly values_: readonly T[],
  ) {}

  get size(): number {
    return this.slots.size;
  }

  get(id: string): T | undefined {
    const i = this.slots.get(id);
    return i === undefined ? undefined : this.values_[i];
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  forEach(f: (value: T, id: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.slots) f.call(thisArg, this.values_[i]!, id, this);
  }

  *entries(): MapIterator<[string, T]> {
    for (const [id, i] of this.slots) yield [id, this.values_[i]!];
  }

  keys(): MapIterator<string> {
    return this.slots.keys();
  }

  *values(): MapIterator<T> {
    for (const i of this.slots.values()) yield this.values_[i]!;
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}
