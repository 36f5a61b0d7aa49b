// What changed between two versions of an immutable array: commands replace the objects
// they edit and keep every other one, so comparing by identity finds an edit's footprint
// without looking inside anything.

export interface IdentityDiff<T> {
  /** Objects of the old array that the new one does not hold at a matched place. */
  readonly removed: readonly T[];
  /** Indexes (ascending) into the new array of objects that were not matched. */
  readonly added: readonly number[];
}

/** How far ahead a mismatch looks for its partner: a run of edits up to this long resyncs. */
const LOOKAHEAD = 8;

/**
 * Matches equal objects in order (prefix, suffix, then a greedy walk with a short
 * lookahead). Every unmatched old object is removed and every unmatched new object added,
 * so an object that moved is both: that is correct, if not minimal. Matched objects keep
 * their relative order. Undefined when more than `maxChanges` changed (a full rerun is
 * cheaper then).
 */
export function diffByIdentity<T>(
  prev: readonly T[],
  next: readonly T[],
  maxChanges: number,
): IdentityDiff<T> | undefined {
  const m = prev.length;
  const n = next.length;
  let p = 0;
  while (p < m && p < n && prev[p] === next[p]) p++;
  let s = 0;
  while (s < m - p && s < n - p && prev[m - 1 - s] === next[n - 1 - s]) s++;
  const jEnd = m - s;
  const iEnd = n - s;
  // The lengths alone differ by at least that many changes.
  if (Math.abs(jEnd - iEnd) > maxChanges) return undefined;
  const removed: T[] = [];
  const added: number[] = [];
  let i = p;
  let j = p;
  while (i < iEnd && j < jEnd) {
    const a = next[i];
    const b = prev[j];
    if (a === b) {
      i++;
      j++;
      continue;
    }
    const dj = find(prev, a, j + 1, Math.min(jEnd, j + 1 + LOOKAHEAD));
    const di = find(next, b, i + 1, Math.min(iEnd, i + 1 + LOOKAHEAD));
    if (dj >= 0 && (di < 0 || dj - j <= di - i)) {
      while (j < dj) removed.push(prev[j++]!);
    } else if (di >= 0) {
      while (i < di) added.push(i++);
    } else {
      removed.push(b!);
      added.push(i);
      i++;
      j++;
    }
    if (removed.length + added.length > maxChanges) return undefined;
  }
  while (j < jEnd) removed.push(prev[j++]!);
  while (i < iEnd) added.push(i++);
  if (removed.length + added.length > maxChanges) return undefined;
  return { removed, added };
}

function find<T>(arr: readonly T[], x: T, from: number, to: number): number {
  for (let k = from; k < to; k++) if (arr[k] === x) return k;
  return -1;
}

/**
 * Keeps an order label for each object, increasing along the array, so that document order
 * can be compared without array indexes (which shift on every insertion). New objects take
 * labels between their neighbours; when there is no room left, everything is relabelled.
 */
export class OrderLabels<T> {
  static readonly GAP = 1 << 16;
  private readonly labels = new Map<T, number>();

  get(item: T): number | undefined {
    return this.labels.get(item);
  }

  has(item: T): boolean {
    return this.labels.has(item);
  }

  delete(item: T): void {
    this.labels.delete(item);
  }

  /** Labels every item by its index. */
  reset(items: readonly T[]): void {
    this.labels.clear();
    for (let i = 0; i < items.length; i++) this.labels.set(items[i]!, i * OrderLabels.GAP);
  }

  /** Labels the items at `added` (ascending indexes into `items`); all others are labelled. */
  place(items: readonly T[], added: readonly number[]): void {
    if (!this.tryPlace(items, added)) {
      for (let i = 0; i < items.length; i++) this.labels.set(items[i]!, i * OrderLabels.GAP);
    }
  }

  private tryPlace(items: readonly T[], added: readonly number[]): boolean {
    const gap = OrderLabels.GAP;
    let k = 0;
    while (k < added.length) {
      const start = added[k]!;
      let end = start;
      while (k + 1 < added.length && added[k + 1] === end + 1) {
        k++;
        end++;
      }
      k++;
      const run = end - start + 1;
      // Runs are maximal, so their neighbours are matched objects that have labels.
      const before = start > 0 ? this.labels.get(items[start - 1]!) : undefined;
      const after = end + 1 < items.length ? this.labels.get(items[end + 1]!) : undefined;
      let lo: number;
      let hi: number;
      if (before === undefined && after === undefined) {
        lo = -gap;
        hi = gap * run;
      } else if (before === undefined) {
        hi = after!;
        lo = hi - gap * (run + 1);
      } else if (after === undefined) {
        lo = before;
        hi = lo + gap * (run + 1);
      } else {
        lo = before;
        hi = after;
        if (hi - lo < run + 1) return false;
      }
      const step = (hi - lo) / (run + 1);
      for (let t = 0; t < run; t++)
        this.labels.set(items[start + t]!, lo + Math.floor(step * (t + 1)));
    }
    return true;
  }
}
