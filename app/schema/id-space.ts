// The ids a file uses (element and link ids, and every id a parent or link names), so a
// repaired id never collides with one of them: a fresh id that equals a dangling parent
// reference would silently adopt its children. Counters continue per base, so repairing
// 100,000 ids is linear, not quadratic.

export class IdSpace {
  private readonly taken = new Set<string>();
  /** Reserved but not yet in `taken`: most files need no repair, so the set of every id
   * (hashing tens of thousands of strings) is built only when the first repair asks. */
  private pending: string[] = [];
  private readonly nextSuffix = new Map<string, number>();
  private readonly nextFresh = new Map<string, number>();

  reserve(id: string): void {
    this.pending.push(id);
  }

  private settle(): void {
    if (this.pending.length === 0) return;
    for (const id of this.pending) this.taken.add(id);
    this.pending = [];
  }

  /** `<base>-2`, `<base>-3`, ...: the first one nothing uses; reserved on return. */
  suffixed(base: string): string {
    this.settle();
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(`${base}-${n}`)) n++;
    this.nextSuffix.set(base, n + 1);
    const id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }

  /** `<prefix>1`, `<prefix>2`, ...: the first one nothing uses; reserved on return. */
  fresh(prefix: string): string {
    this.settle();
    let n = this.nextFresh.get(prefix) ?? 1;
    while (this.taken.has(`${prefix}${n}`)) n++;
    this.nextFresh.set(prefix, n + 1);
    const id = `${prefix}${n}`;
    this.taken.add(id);
    return id;
  }
}
