import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSlots } from '../../../app/model/id-slots';

/** What IdSlots stands for: a Map from each id to its first position. */
function firstPositions(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!map.has(id)) map.set(id, i);
  });
  return map;
}

const idArb = fc.oneof(
  fc.constantFrom('', 'a', 'b', '__proto__', 'constructor', 'hasOwnProperty', 'x'.repeat(300)),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('IdSlots', () => {
  it('answers as a Map of first positions, iterating in document order', () => {
    fc.assert(
      fc.property(
        fc.array(idArb, { maxLength: 80, size: 'max' }),
        fc.array(idArb, { maxLength: 20 }),
        (ids, asked) => {
          const slots = new IdSlots(ids.map((id) => ({ id })));
          const map = firstPositions(ids);
          expect(slots.size).toBe(map.size);
          expect([...slots]).toEqual([...map]);
          expect([...slots.keys()]).toEqual([...map.keys()]);
          expect([...slots.values()]).toEqual([...map.values()]);
          for (const id of [...ids, ...asked]) {
            expect(slots.get(id)).toBe(map.get(id));
            expect(slots.has(id)).toBe(map.has(id));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a parent as get does, whatever the chain of positions below says', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(idArb, idArb), { maxLength: 60, size: 'max' }),
        fc.array(fc.integer({ min: -1, max: 59 }), { minLength: 60, maxLength: 60 }),
        (items, chain) => {
          const slots = new IdSlots(items.map(([id]) => ({ id })));
          // Any earlier position (or -1), as the tables that call it hold while filling in.
          const below = Int32Array.from(chain, (j, i) => Math.min(j, i - 1));
          items.forEach(([, parent], i) => {
            expect(slots.parentOf(i, parent, below)).toBe(slots.get(parent));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds 100,000 ids, most of them shared', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `n${i % 1000}`);
    const slots = new IdSlots(ids.map((id) => ({ id })));
    expect(slots.size).toBe(1000);
    expect(slots.get('n999')).toBe(999);
    expect(slots.get('n1000')).toBeUndefined();
  });

  it('does not throw on an id that is not a string', () => {
    const odd = [{ id: 1 }, { id: null }, { id: Number.NaN }, { id: 'a' }, { id: Number.NaN }];
    const slots = new IdSlots(odd as unknown as { id: string }[]);
    expect(slots.size).toBe(4);
    expect(slots.get(Number.NaN as unknown as string)).toBe(2);
    expect(slots.get('a')).toBe(3);
  });
});
