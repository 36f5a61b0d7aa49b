import { describe, expect, it } from 'vitest';
import { parentCycle as rule } from '../../../../app/rules/doc/parent-cycle';
import { doc, runRule } from '../run-rule';

describe('doc/parent-cycle', () => {
  it('reports a cycle once, naming every member from the smallest id in parent order', () => {
    const d = doc([
      { id: 'c', kind: 'os', label: 'C', parent: 'a' },
      { id: 'b', kind: 'os', label: 'B', parent: 'c' },
      { id: 'a', kind: 'os', label: 'A', parent: 'b' },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'doc/parent-cycle',
        severity: 'error',
        message:
          '"A" (a) sits on "B" (b), which sits on "C" (c), which sits on "A" (a): a parent cycle has no bottom',
        elements: ['a', 'b', 'c'],
      },
    ]);
  });

  it('reports an element that is its own parent', () => {
    expect(runRule(rule, doc([{ id: 'x', kind: 'os', parent: 'x' }]))).toEqual([
      {
        rule: 'doc/parent-cycle',
        severity: 'error',
        message: '"x" sits on itself: a parent cycle has no bottom',
        elements: ['x'],
      },
    ]);
  });

  it('does not name elements that only lead into a cycle', () => {
    const d = doc([
      { id: 'a', kind: 'os', parent: 'b' },
      { id: 'b', kind: 'os', parent: 'a' },
      { id: 'app', kind: 'app', parent: 'a' },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([['a', 'b']]);
  });

  it('reports two separate cycles separately', () => {
    const d = doc([
      { id: 'a', kind: 'os', parent: 'b' },
      { id: 'b', kind: 'os', parent: 'a' },
      { id: 'x', kind: 'os', parent: 'y' },
      { id: 'y', kind: 'os', parent: 'x' },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });

  it('shortens the message of a long cycle but names every member', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `n${i}`);
    const d = doc(ids.map((id, i) => ({ id, kind: 'os', parent: ids[(i + 1) % ids.length] })));
    const [found] = runRule(rule, d);
    expect(found?.elements).toEqual(ids);
    expect(found?.message).toBe(
      '"n0" sits on "n1", which sits on "n2", which sits on "n3", and 4 more elements lead back to "n0": a parent cycle has no bottom',
    );
  });

  it('is silent on a tree, and survives a 10,000-deep chain', () => {
    const n = 10_000;
    const nodes = [{ id: 'n0', kind: 'hardware' }];
    for (let i = 1; i < n; i++)
      nodes.push({ id: `n${i}`, kind: 'os', parent: `n${i - 1}` } as never);
    expect(runRule(rule, doc(nodes))).toEqual([]);
    nodes[0] = { id: 'n0', kind: 'os', parent: `n${n - 1}` } as never;
    const found = runRule(rule, doc(nodes));
    expect(found).toHaveLength(1);
    expect(found[0]?.elements).toHaveLength(n);
  });

  it('fixes it by making the first member a stack of its own', () => {
    const d = doc([
      { id: 'a', kind: 'os', label: 'A', parent: 'b' },
      { id: 'b', kind: 'os', parent: 'a' },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Make "A" (a) a stack of its own']);
    expect(runRule(rule, fixes[0]!.apply(d))).toEqual([]);
  });
});
