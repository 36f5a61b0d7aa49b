import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VDoc } from '../../../app/model/document';
import { emptyDoc } from '../../../app/model/document';
import { MAX_PRETTY_DEPTH, writeJson } from '../../../app/schema/json-writer';
import { saveDocument, saveDocumentCarefully } from '../../../app/schema/save';
import { mustLoad, obj } from './helpers';

const sample: VDoc = {
  format: 'vtopo',
  version: 1,
  title: 'T',
  nodes: [
    {
      id: 'hw1',
      kind: 'hardware',
      label: 'Server',
      position: { x: 10, y: -20 },
      props: { arch: 'x86_64', cpuCores: 32 },
    },
    { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' }, extra: { note: 'n' } },
  ],
  links: [{ id: 'l1', from: 'a', to: 'b', kind: 'network', props: { driver: 'bridge' } }],
  settings: { rules: { 'stack/unplaced': 'off' }, cpuOvercommitRatio: 2 },
};

describe('saveDocument', () => {
  it('writes pretty JSON with two spaces, known fields in order, and a trailing newline', () => {
    const text = saveDocument(sample);
    expect(text).toBe(
      `${JSON.stringify(
        {
          format: 'vtopo',
          version: 1,
          title: 'T',
          nodes: [
            {
              id: 'hw1',
              kind: 'hardware',
              label: 'Server',
              position: { x: 10, y: -20 },
              props: { arch: 'x86_64', cpuCores: 32 },
            },
            { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' }, note: 'n' },
          ],
          links: [{ id: 'l1', from: 'a', to: 'b', kind: 'network', props: { driver: 'bridge' } }],
          settings: { rules: { 'stack/unplaced': 'off' }, cpuOvercommitRatio: 2 },
        },
        null,
        2,
      )}\n`,
    );
  });

  it('writes known fields in canonical order whatever order the objects have', () => {
    const shuffled = {
      settings: {},
      links: [{ props: {}, kind: 'network', to: 'b', from: 'a', id: 'l' }],
      nodes: [
        { props: {}, position: { y: 2, x: 1 }, label: 'L', parent: 'p', kind: 'os', id: 'n' },
      ],
      version: 1,
      format: 'vtopo',
    } as unknown as VDoc;
    const back = JSON.parse(saveDocument(shuffled)) as {
      nodes: object[];
      links: object[];
    };
    expect(Object.keys(back)).toEqual(['format', 'version', 'nodes', 'links', 'settings']);
    expect(Object.keys(back.nodes[0]!)).toEqual([
      'id',
      'kind',
      'parent',
      'label',
      'position',
      'props',
    ]);
    expect(Object.keys((back.nodes[0] as { position: object }).position)).toEqual(['x', 'y']);
    expect(Object.keys(back.links[0]!)).toEqual(['id', 'from', 'to', 'kind', 'props']);
  });

  it('an empty document: nodes, links and settings are always written, title only when set', () => {
    expect(saveDocument(emptyDoc())).toBe(
      '{\n  "format": "vtopo",\n  "version": 1,\n  "nodes": [],\n  "links": [],\n  "settings": {}\n}\n',
    );
    const titled = saveDocument(emptyDoc('Lab'));
    expect(titled).toContain('"title": "Lab"');
    expect(mustLoad(titled).doc).toEqual(emptyDoc('Lab'));
  });

  it('unknown fields go after the known ones, integer-like names included', () => {
    const doc = mustLoad(
      JSON.stringify({
        format: 'vtopo',
        version: 1,
        nodes: [{ id: 'a', kind: 'os', 7: 'seven', z: 1, props: { 2: 'b', a: 1 } }],
        '10': 'ten',
      }),
    ).doc;
    const text = saveDocument(doc);
    expect(text.indexOf('"10": "ten"')).toBeGreaterThan(text.indexOf('"settings"'));
    expect(text.indexOf('"7": "seven"')).toBeGreaterThan(text.indexOf('"props"'));
    expect(saveDocument(mustLoad(text).doc)).toBe(text);
    expect(saveDocumentCarefully(doc)).toBe(text);
  });

  it('an unknown field named like a known one cannot overwrite it', () => {
    const doc: VDoc = {
      ...sample,
      extra: { nodes: 'no', format: 'x', other: 1 },
      nodes: [{ id: 'a', kind: 'os', props: {}, extra: { id: 'evil', props: 1 } }],
    };
    const back = JSON.parse(saveDocument(doc)) as Record<string, unknown>;
    expect(back.format).toBe('vtopo');
    expect(back.other).toBe(1);
    expect(back.nodes).toEqual([{ id: 'a', kind: 'os', props: {} }]);
  });

  it('always writes the current version', () => {
    expect(JSON.parse(saveDocument({ ...sample, version: 7 })).version).toBe(1);
  });

  it('keeps -0 so it reads back as -0', () => {
    const doc = mustLoad(
      '{"format":"vtopo","version":1,"nodes":[{"id":"a","kind":"x","position":{"x":-0,"y":0},"props":{"n":-0,"l":[-0]}}]}',
    ).doc;
    expect(Object.is(doc.nodes[0]!.props.n, -0)).toBe(true);
    const text = saveDocument(doc);
    expect(text).toContain('"n": -0');
    const back = mustLoad(text).doc;
    expect(Object.is(back.nodes[0]!.props.n, -0)).toBe(true);
    expect(Object.is(back.nodes[0]!.position!.x, -0)).toBe(true);
    expect(saveDocument(back)).toBe(text);
  });

  it('writes "__proto__" keys as data and reads them back as data', () => {
    const props = obj([
      ['__proto__', { polluted: 1 }],
      ['constructor', 'c'],
    ]);
    const doc: VDoc = { ...emptyDoc(), nodes: [{ id: 'a', kind: 'x', props }] };
    const text = saveDocument(doc);
    expect(text).toContain('"__proto__": {');
    const back = mustLoad(text).doc.nodes[0]!.props;
    expect(Object.keys(back)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not loop on a cycle built in memory (writes null there)', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    const doc: VDoc = { ...emptyDoc(), nodes: [{ id: 'n', kind: 'x', props: { a } }] };
    const back = JSON.parse(saveDocument(doc)) as { nodes: { props: unknown }[] };
    expect(back.nodes[0]!.props).toEqual({ a: { x: 1, self: null } });
  });

  it('treats undefined, functions and NaN as JSON.stringify does', () => {
    const props = { u: undefined, f: () => 1, n: NaN, l: [undefined, () => 1, NaN] };
    const doc: VDoc = { ...emptyDoc(), nodes: [{ id: 'n', kind: 'x', props }] };
    const text = saveDocument(doc);
    expect(JSON.parse(text).nodes[0].props).toEqual({ n: null, l: [null, null, null] });
    expect(saveDocumentCarefully(doc)).toBe(text);
  });

  it('writes an infinity (a number too large for a double in the file) so it reads back', () => {
    const { doc } = mustLoad(
      '{"format":"vtopo","version":1,"nodes":[{"id":"n","kind":"os","props":{"memoryGiB":1e400,"l":[-1e309]}}],"x":1e309}',
    );
    expect(doc.nodes[0]!.props).toEqual({ memoryGiB: Infinity, l: [-Infinity] });
    const text = saveDocument(doc);
    expect(text).toContain('"memoryGiB": 1e999');
    expect(text).toContain('"x": 1e999');
    expect(mustLoad(text).doc).toEqual(doc);
    expect(saveDocumentCarefully(doc)).toBe(text);
  });

  it('the templates save stably', () => {
    const dir = new URL('../../../assets/templates/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const { doc, diagnostics } = mustLoad(readFileSync(new URL(name, dir), 'utf8'));
      expect(diagnostics).toEqual([]);
      const once = saveDocument(doc);
      expect(mustLoad(once).doc).toEqual(doc);
      expect(saveDocument(mustLoad(once).doc)).toBe(once);
      expect(saveDocumentCarefully(doc)).toBe(once);
    }
  });
});

describe('writeJson (the iterative writer)', () => {
  it('matches JSON.stringify(v, null, 2) for shallow values', () => {
    const values: unknown[] = [
      null,
      true,
      0,
      1.5e-7,
      1e21,
      'a"b\\c\n\u0001\ud800',
      [],
      {},
      [1, [2, [3, {}]], { a: [] }],
      { '': 1, ' ': { '\u2028': [null] }, 1: 'one', b: { c: { d: 'e' } } },
    ];
    for (const v of values) expect(writeJson(v)).toBe(JSON.stringify(v, null, 2));
  });

  it('writes values nested below MAX_PRETTY_DEPTH on one line', () => {
    let v: unknown = 'x';
    for (let i = 0; i < MAX_PRETTY_DEPTH + 3; i++) v = [v];
    const text = writeJson(v);
    expect(JSON.parse(text)).toEqual(v);
    const lines = text.split('\n');
    expect(lines.length).toBe(2 * MAX_PRETTY_DEPTH + 1);
    expect(lines[MAX_PRETTY_DEPTH]!.trim()).toBe('[[["x"]]]');
  });
});
