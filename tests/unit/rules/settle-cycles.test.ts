// Facts.settleCycles is a shortcut a full validation takes: after it, cycleThrough must
// answer for every node exactly as the walk it skips would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VNode } from '../../../app/model/document';
import { Facts, buildIndex } from '../../../app/model/facts';

/** Random parent graphs over a few ids: shared ids, missing parents, self-loops, cycles. */
const nodesArb = fc
  .array(fc.tuple(fc.nat(7), fc.option(fc.nat(9), { nil: undefined })), { maxLength: 14 })
  .map((pairs) =>
    pairs.map(([id, parent]): VNode => ({
      id: `n${id}`,
      kind: 'os',
      ...(parent === undefined ? {} : { parent: `n${parent}` }),
      props: {},
    })),
  );

function cycles(nodes: readonly VNode[], settle: boolean): (readonly string[] | undefined)[] {
  const facts = new Facts(buildIndex({ nodes }));
  if (settle) facts.settleCycles();
  return nodes.map((n) => facts.cycleThrough(n));
}

describe('Facts.settleCycles', () => {
  it('leaves every answer of cycleThrough as it was', () => {
    fc.assert(
      fc.property(nodesArb, (nodes) => {
        expect(cycles(nodes, true)).toEqual(cycles(nodes, false));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a cycle written parents first but for one element', () => {
    const nodes: VNode[] = [
      { id: 'r', kind: 'hardware', props: {} },
      { id: 'a', kind: 'os', parent: 'b', props: {} },
      { id: 'b', kind: 'os', parent: 'a', props: {} },
      { id: 'c', kind: 'os', parent: 'r', props: {} },
    ];
    // One member list per cycle, shared by its members.
    expect(cycles(nodes, true)).toEqual([undefined, ['a', 'b'], ['a', 'b'], undefined]);
  });
});
