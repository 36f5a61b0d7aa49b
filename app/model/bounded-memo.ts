// Values worked out once per key and remembered. Texts and numbers in a drawing recur
// ("App · native" on every app, boxes on a few layers), so most look-ups are hits; the keys
// come from the document, so past `max` of them the memo is dropped whole and starts over.
export class BoundedMemo<K, V> {
  private readonly memo = new Map<K, V>();

  constructor(
    private readonly max: number,
    private readonly make: (key: K) => V,
  ) {}

  get(key: K): V {
    let v = this.memo.get(key);
    if (v === undefined) {
      v = this.make(key);
      if (this.memo.size >= this.max) this.memo.clear();
      this.memo.set(key, v);
    }
    return v;
  }
}
