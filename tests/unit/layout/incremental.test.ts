import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayoutCache, layoutDocument } from '../../../app/layout';
import type { VDoc, VNode } from '../../../app/model/document';
import { checkLayout } from './invariants';
import { buildDoc, linkSeeds, nodeSeeds } from './random-doc';

/** An edit, as commands make them: only what changes is a new object. */
type Edit =
  | { op: 'relabel'; i: number; label: string }
  | { op: 'reparent'; i: number; j: number }
  | { op: 'delete'; i: number }
  | { op: 'insert'; i: number; parent: number; kind: string }
  | { op: 'reorder'; i: number; j: number }
  | { op: 'position'; i: number; x: number; y: number }
  | { op: 'prop'; i: number; value: string }
  | { op: 'link'; i: number; j: number }
  | { op: 'unlink'; i: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('relabel' as const),
    i: fc.nat(),
    label: fc.string({ maxLength: 40 }),
  }),
  fc.record({
    op: fc.constant('reparent' as const),
    i: fc.nat(),
    j: fc.integer({ min: -2, max: 60 }),
  }),
  fc.record({ op: fc.constant('delete' as const), i: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    i: fc.nat(),
    parent: fc.integer({ min: -1, max: 60 }),
    kind: fc.constantFrom('os', 'app', 'container', 'router'),
  }),
  fc.record({ op: fc.constant('reorder' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({
    op: fc.constant('position' as const),
    i: fc.nat(),
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({
    op: fc.constant('prop' as const),
    i: fc.nat(),
    value: fc.constantFrom('linux', 'windows', 'type1', 'type2'),
  }),
  fc.record({ op: fc.constant('link' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ op: fc.constant('unlink' as const), i: fc.nat() }),
);

let fresh = 0;

function apply(doc: VDoc, e: Edit): VDoc {
  const nodes = doc.nodes.slice();
  const n = nodes.length;
  const at = n === 0 ? 0 : e.i % n;
  const node = nodes[at];
  const replace = (v: VNode) => {
    nodes[at] = v;
    return { ...doc, nodes };
  };
  switch (e.op) {
    case 'relabel':
      return node ? replace({ ...node, label: e.label }) : doc;
    case 'reparent': {
      if (!node) return doc;
      const { parent: _p, ...rest } = node;
      if (e.j === -1) return replace(rest);
      return replace({
        ...rest,
        parent: e.j === -2 ? 'missing' : (nodes[e.j % n]?.id ?? 'missing'),
      });
    }
    case 'delete':
      if (node) nodes.splice(at, 1);
      return { ...doc, nodes };
    case 'insert': {
      const parent = e.parent >= 0 && n > 0 ? nodes[e.parent % n]!.id : undefined;
      const added: VNode = {
        id: `new${fresh++}`,
        kind: e.kind,
        ...(parent ? { parent } : {}),
        props: {},
      };
      nodes.splice(n === 0 ? 0 : e.i % (n + 1), 0, added);
      return { ...doc, nodes };
    }
    case 'reorder': {
      if (!node) return doc;
      nodes.splice(at, 1);
      nodes.splice(e.j % n, 0, node);
      return { ...doc, nodes };
    }
    case 'position':
      return node ? replace({ ...node, position: { x: e.x, y: e.y } }) : doc;
    case 'prop':
      return node
        ? replace({ ...node, props: { ...node.props, family: e.value, hypervisorType: e.value } })
        : doc;
    case 'link': {
      if (n === 0) return doc;
      const link = {
        id: `nl${fresh++}`,
        from: nodes[e.i % n]!.id,
        to: nodes[e.j % n]!.id,
        kind: 'network',
        props: { driver: 'bridge' },
      };
      return { ...doc, links: [...doc.links, link] };
    }
    case 'unlink':
      return doc.links.length === 0
        ? doc
        : { ...doc, links: doc.links.filter((_, k) => k !== e.i % doc.links.length) };
  }
}

describe('LayoutCache', () => {
  it('gives the same layout as a full layout after any sequence of edits', () => {
    fc.assert(
      fc.property(
        nodeSeeds(25),
        linkSeeds,
        fc.array(edit, { minLength: 1, maxLength: 25, size: 'max' }),
        (seeds, links, edits) => {
          const cache = new LayoutCache();
          let doc = buildDoc(seeds, links);
          expect(cache.layout(doc)).toEqual(layoutDocument(doc));
          for (const e of edits) {
            doc = apply(doc, e);
            const incremental = cache.layout(doc);
            expect(incremental).toEqual(layoutDocument(doc));
            checkLayout(doc, incremental);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('re-lays out only the stack an edit touched', () => {
    const stack = (p: string): VNode[] => [
      { id: `${p}hw`, kind: 'hardware', props: {} },
      { id: `${p}os`, kind: 'os', parent: `${p}hw`, props: { family: 'linux' } },
      { id: `${p}app`, kind: 'app', parent: `${p}os`, label: 'App', props: {} },
    ];
    const doc: VDoc = {
      format: 'vtopo',
      version: 1,
      nodes: [...stack('a'), ...stack('b')],
      links: [],
      settings: {},
    };
    const cache = new LayoutCache();
    const before = cache.layout(doc);
    const nodes = doc.nodes.slice();
    nodes[5] = { ...nodes[5]!, label: 'An app with a longer label that widens its stack' };
    const after = cache.layout({ ...doc, nodes });
    // Stack a is untouched: the very same box objects.
    for (let i = 0; i < 3; i++) expect(after.boxes[i]).toBe(before.boxes[i]);
    // Stack b was laid out again.
    expect(after.boxes[5]).not.toBe(before.boxes[5]);
    expect(after.boxes[5]!.width).toBeGreaterThan(before.boxes[5]!.width);
    expect(after).toEqual(layoutDocument({ ...doc, nodes }));
  });

  it('moves a dragged stack without laying it out again', () => {
    const nodes: VNode[] = [
      { id: 'hw', kind: 'hardware', position: { x: 0, y: 0 }, props: {} },
      { id: 'os', kind: 'os', parent: 'hw', label: 'Linux', props: { family: 'linux' } },
    ];
    const doc: VDoc = { format: 'vtopo', version: 1, nodes, links: [], settings: {} };
    const cache = new LayoutCache();
    const before = cache.layout(doc);
    const dragged = { ...doc, nodes: [{ ...nodes[0]!, position: { x: 300, y: 40 } }, nodes[1]!] };
    const after = cache.layout(dragged);
    expect(after).toEqual(layoutDocument(dragged));
    expect(after.byId.get('os')!.x).toBe(300);
    // The text was not wrapped again: the same line arrays, in boxes at the new place.
    expect(after.byId.get('os')!.label).toBe(before.byId.get('os')!.label);
    expect(after.byId.get('hw')!.caption).toBe(before.byId.get('hw')!.caption);
  });
});
