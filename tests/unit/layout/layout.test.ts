import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_GAP, SIBLING_GAP, STACK_GAP, layoutDocument } from '../../../app/layout';
import type { VDoc, VNode } from '../../../app/model/document';
import { checkLayout } from './invariants';
import { buildDoc, linkSeeds, nodeSeeds } from './random-doc';

function doc(nodes: (Omit<VNode, 'props'> & { props?: Record<string, unknown> })[]): VDoc {
  return {
    format: 'vtopo',
    version: 1,
    nodes: nodes.map((n) => ({ ...n, props: n.props ?? {} })),
    links: [],
    settings: {},
  };
}

describe('layoutDocument', () => {
  it('draws a stack bottom-up: hardware widest at the bottom, children side by side in order', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', label: 'Server' },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { id: 'g1', kind: 'os', parent: 'hv', label: 'Ubuntu', props: { family: 'linux' } },
      { id: 'g2', kind: 'os', parent: 'hv', label: 'Windows', props: { family: 'windows' } },
    ]);
    const l = layoutDocument(d);
    const [hw, hv, g1, g2] = ['hw', 'hv', 'g1', 'g2'].map((id) => l.byId.get(id)!);
    expect(hv!.y + hv!.height + LAYER_GAP).toBe(hw!.y);
    expect(hv!.width).toBe(hw!.width);
    expect(g1!.x).toBe(hw!.x);
    expect(g2!.x).toBe(g1!.x + g1!.width + SIBLING_GAP);
    expect(g2!.x + g2!.width).toBe(hw!.x + hw!.width);
    expect(g1!.caption).toEqual(['Guest OS · Linux']);
    expect(hv!.caption).toEqual(['Type 1 hypervisor']);
    expect(hv!.label).toEqual(['Hypervisor']);
    checkLayout(d, l);
  });

  it('makes a parent as wide as its children together, and shares out extra width evenly', () => {
    const kids = Array.from({ length: 5 }, (_, i) => ({
      id: `a${i}`,
      kind: 'app',
      parent: 'os',
      label: `App ${i}`,
    }));
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw' },
      ...kids,
    ]);
    const l = layoutDocument(d);
    const boxes = kids.map((k) => l.byId.get(k.id)!);
    const total = boxes.reduce((s, b) => s + b.width, 0) + SIBLING_GAP * (boxes.length - 1);
    expect(l.byId.get('os')!.width).toBe(total);
    const wide = doc([
      {
        id: 'hw',
        kind: 'hardware',
        label: 'A hardware label long enough to be wider than its one child',
      },
      { id: 'os', kind: 'os', parent: 'hw' },
      { id: 'a', kind: 'app', parent: 'os', label: 'x' },
      { id: 'b', kind: 'app', parent: 'os', label: 'y' },
    ]);
    const lw = layoutDocument(wide);
    expect(lw.byId.get('os')!.width).toBe(lw.byId.get('hw')!.width);
    expect(Math.abs(lw.byId.get('a')!.width - lw.byId.get('b')!.width)).toBeLessThanOrEqual(1);
  });

  it('gives every box of a layer one height, so layers line up across a stack', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'hv', kind: 'hypervisor', parent: 'hw' },
      { id: 'g1', kind: 'os', parent: 'hv', label: 'short' },
      {
        id: 'g2',
        kind: 'os',
        parent: 'hv',
        label: 'a label that is long enough that it has to wrap over several lines of text',
      },
    ]);
    const l = layoutDocument(d);
    expect(l.byId.get('g2')!.label.length).toBeGreaterThan(1);
    expect(l.byId.get('g1')!.height).toBe(l.byId.get('g2')!.height);
    expect(l.byId.get('g1')!.y).toBe(l.byId.get('g2')!.y);
  });

  it('never truncates a label: its wrapped lines hold every character', () => {
    const label = 'Wörter und ein sehr-sehr-sehr-langes-Wort-das-nicht-passt 日本語のラベル 🙂 end';
    const l = layoutDocument(doc([{ id: 'x', kind: 'hardware', label }]));
    const lines = l.byId.get('x')!.label;
    expect(lines.join('').replace(/ /g, '')).toBe(label.replace(/ /g, ''));
  });

  it('puts a root where its position says, and unpositioned stacks in a row to the right', () => {
    const d = doc([
      { id: 'a', kind: 'hardware', position: { x: 100, y: 50 } },
      { id: 'b', kind: 'hardware' },
      { id: 'b1', kind: 'os', parent: 'b' },
      { id: 'c', kind: 'hardware' },
    ]);
    const l = layoutDocument(d);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => l.byId.get(id)!);
    expect([a!.x, a!.y]).toEqual([100, 50]);
    expect(b!.x).toBe(a!.x + a!.width + STACK_GAP);
    expect(c!.x).toBe(b!.x + b!.width + STACK_GAP);
    // Hardware bottoms on one baseline.
    expect(b!.y + b!.height).toBe(a!.y + a!.height);
    expect(c!.y + c!.height).toBe(a!.y + a!.height);
    expect(l.stacks.map((s) => s.positioned)).toEqual([true, false, false]);
  });

  it('moves a positioned stack that would overlap an earlier one to its right', () => {
    const d = doc([
      { id: 'a', kind: 'hardware', position: { x: 0, y: 0 } },
      { id: 'a1', kind: 'os', parent: 'a' },
      { id: 'b', kind: 'hardware', position: { x: 20, y: 10 } },
    ]);
    const l = layoutDocument(d);
    const a = l.byId.get('a')!;
    const b = l.byId.get('b')!;
    expect(b.x).toBe(a.x + a.width + STACK_GAP);
    expect(b.y).toBe(10);
    checkLayout(d, l);
  });

  it('ignores positions that are not finite numbers', () => {
    const d = doc([{ id: 'a', kind: 'hardware', position: { x: Number.NaN, y: Infinity } }]);
    const l = layoutDocument(d);
    expect(l.stacks[0]!.positioned).toBe(false);
    expect(Number.isFinite(l.byId.get('a')!.x)).toBe(true);
  });

  it('gives elements under a missing parent or in a parent cycle their own stacks', () => {
    const d = doc([
      { id: 'o', kind: 'os', parent: 'nowhere' },
      { id: 'o1', kind: 'app', parent: 'o' },
      { id: 'c1', kind: 'os', parent: 'c3' },
      { id: 'c2', kind: 'os', parent: 'c1' },
      { id: 'c3', kind: 'os', parent: 'c2' },
      { id: 'lead', kind: 'app', parent: 'c2' },
      { id: 'self', kind: 'app', parent: 'self' },
    ]);
    const l = layoutDocument(d);
    checkLayout(d, l);
    expect(l.stacks.map((s) => s.root)).toEqual(['o', 'c1', 'self']);
    expect(l.byId.get('c1')!.parent).toBeUndefined();
    expect(l.byId.get('c3')!.parent).toBe('c2');
    expect(l.byId.get('lead')!.parent).toBe('c2');
  });

  it('draws duplicate ids and unknown kinds too', () => {
    const d = doc([
      { id: 'x', kind: 'hardware' },
      { id: 'x', kind: 'router', label: 'edge' },
      { id: 'y', kind: '', parent: 'x' },
    ]);
    const l = layoutDocument(d);
    checkLayout(d, l);
    expect(l.boxes[1]!.style).toBe('unknown');
    expect(l.boxes[1]!.caption).toEqual(['router']);
    expect(l.byId.get('y')!.parent).toBe('x');
    expect(l.boxes[0]!.x).toBe(l.byId.get('y')!.x);
  });

  it('lays out a 10,000-deep chain without recursion', () => {
    const nodes: VNode[] = [{ id: 'n0', kind: 'hardware', props: {} }];
    for (let i = 1; i < 10_000; i++)
      nodes.push({ id: `n${i}`, kind: 'app', parent: `n${i - 1}`, props: {} });
    const l = layoutDocument({ format: 'vtopo', version: 1, nodes, links: [], settings: {} });
    expect(l.boxes).toHaveLength(10_000);
    expect(l.byId.get('n9999')!.depth).toBe(9999);
    expect(l.byId.get('n9999')!.y).toBeLessThan(l.byId.get('n0')!.y);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(nodeSeeds(), linkSeeds, (seeds, links) => {
        const d = buildDoc(seeds, links);
        expect(layoutDocument(d)).toEqual(layoutDocument(structuredClone(d)));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps its geometric promises on random documents', () => {
    fc.assert(
      fc.property(nodeSeeds(), linkSeeds, (seeds, links) => {
        const d = buildDoc(seeds, links);
        checkLayout(d, layoutDocument(d));
      }),
      { numRuns: 300 },
    );
  });
});
