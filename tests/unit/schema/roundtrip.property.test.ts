// Property tests over generated files: random kinds, props of every type, unknown fields
// with weird names, wrong types in every field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_SPECS, KINDS } from '../../../app/model/kinds';
import { loadDocument, loadDocumentBytes, restoreDocument } from '../../../app/schema/load';
import { saveDocument, saveDocumentCarefully } from '../../../app/schema/save';
import { expectNoPollution, obj } from './helpers';

const weirdKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '0',
    '1',
    '42',
    '-1',
    '01',
    '4294967295',
    'extra',
    'id',
    'kind',
    'props',
    'nodes',
    'rules',
    'ключ',
    '\ud800',
    'a"b\\',
    'a\nb',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 5e-324),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

/** JSON values whose objects may have any key, "__proto__" included. */
const { value: json } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(weirdKey, tie('value')), { maxLength: 3 }).map(obj),
  ),
}));

const propName = fc.oneof(
  fc.constantFrom(...new Set(KINDS.flatMap((k) => Object.keys(KIND_SPECS[k].props)))),
  weirdKey,
);
const props = fc.array(fc.tuple(propName, json), { maxLength: 5 }).map(obj);
const idish = fc.oneof(
  fc.constantFrom('a', 'b', 'a-2', 'hw1', 'os1', 'l1', 'n1'),
  fc.string({ maxLength: 4 }),
);
const kind = fc.oneof(fc.constantFrom(...KINDS), fc.constantFrom('quantum', ''), json);

type Entry = readonly [string, unknown];
const maybe = (key: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Entry[]> =>
  fc.option(value, { nil: undefined, freq: 3 }).map((v) => (v === undefined ? [] : [[key, v]]));

const node = fc
  .tuple(
    maybe('id', fc.oneof({ weight: 5, arbitrary: idish }, { weight: 1, arbitrary: json })),
    maybe('kind', kind),
    maybe('parent', fc.oneof({ weight: 5, arbitrary: idish }, { weight: 1, arbitrary: json })),
    maybe('label', fc.oneof(fc.string({ maxLength: 8 }), json)),
    maybe(
      'position',
      fc.oneof(
        fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }),
        json,
      ),
    ),
    maybe('props', fc.oneof({ weight: 5, arbitrary: props }, { weight: 1, arbitrary: json })),
    fc.array(fc.tuple(weirdKey, json), { maxLength: 3 }),
  )
  .chain((parts) => fc.shuffledSubarray(parts.flat(), { minLength: parts.flat().length }))
  .map(obj);

const link = fc
  .tuple(
    maybe('id', fc.oneof(idish, json)),
    maybe('from', fc.oneof(idish, json)),
    maybe('to', fc.oneof(idish, json)),
    maybe('kind', fc.oneof(fc.constant('network'), json)),
    maybe('props', fc.oneof(props, json)),
    fc.array(fc.tuple(weirdKey, json), { maxLength: 2 }),
  )
  .map((parts) => obj(parts.flat()));

const settings = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        maybe(
          'rules',
          fc.oneof(fc.array(fc.tuple(weirdKey, json), { maxLength: 3 }).map(obj), json),
        ),
        maybe('cpuOvercommitRatio', json),
        fc.array(fc.tuple(weirdKey, json), { maxLength: 2 }),
      )
      .map((parts) => obj(parts.flat())),
  },
  { weight: 1, arbitrary: json },
);

const listOf = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.array(
        fc.oneof({ weight: 6, arbitrary: item }, { weight: 1, arbitrary: json }),
        { maxLength: 8 },
      ),
    },
    { weight: 1, arbitrary: json },
  );

const file = fc
  .tuple(
    maybe('title', fc.oneof(fc.string({ maxLength: 10 }), json)),
    maybe('nodes', listOf(node)),
    maybe('links', listOf(link)),
    maybe('settings', settings),
    fc.array(fc.tuple(weirdKey, json), { maxLength: 3 }),
  )
  .map((parts) =>
    obj([
      ['format', 'vtopo'],
      ['version', 1],
      ...parts.flat().filter(([k]) => k !== 'format' && k !== 'version'),
    ]),
  );

const runs = { numRuns: 300 };

/** Equal only when equal with -0 told from 0 (toEqual does not tell them apart). */
const signature = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => (Object.is(x, -0) ? '(-0)' : x));

describe('load and save, over generated files', () => {
  it('restore never refuses a vtopo v1 file, and what it returns round-trips exactly', () => {
    fc.assert(
      fc.property(file, (raw) => {
        // Restored from the value rather than from JSON.stringify's text, which loses -0.
        const r = restoreDocument(raw);
        if (!r.ok) throw new Error(r.reason);
        const saved = saveDocument(r.doc);
        const again = loadDocument(saved);
        if (!again.ok) throw new Error(again.reason);
        // Everything was repaired the first time: a saved document needs no repair.
        expect(again.diagnostics).toEqual([]);
        expect(again.doc).toEqual(r.doc);
        expect(signature(again.doc)).toBe(signature(r.doc));
        expect(saveDocument(again.doc)).toBe(saved);
        expect(saveDocumentCarefully(r.doc)).toBe(saved);
      }),
      runs,
    );
    expectNoPollution();
  });

  it('ids come out unique, and every element and link entry that is an object is kept', () => {
    fc.assert(
      fc.property(file, (raw) => {
        const r = loadDocument(JSON.stringify(raw));
        if (!r.ok) throw new Error(r.reason);
        const nodeIds = r.doc.nodes.map((n) => n.id);
        const linkIds = r.doc.links.map((l) => l.id);
        expect(new Set([...nodeIds, ...linkIds]).size).toBe(nodeIds.length + linkIds.length);
        const objects = (list: unknown) =>
          Array.isArray(list)
            ? list.filter((e) => typeof e === 'object' && e !== null && !Array.isArray(e)).length
            : 0;
        expect(r.doc.nodes.length).toBe(objects(raw.nodes));
        expect(r.doc.links.length).toBe(objects(raw.links));
        for (const d of r.diagnostics) {
          expect(['doc/invalid-value', 'doc/duplicate-id']).toContain(d.rule);
          expect(d.severity).toBe('error');
        }
      }),
      runs,
    );
  });

  it('restoreDocument on the parsed value gives what loadDocument gives on the text', () => {
    fc.assert(
      fc.property(file, (raw) => {
        const text = JSON.stringify(raw);
        const a = loadDocument(text);
        const b = restoreDocument(JSON.parse(text));
        expect(b).toEqual(a);
      }),
      runs,
    );
  });

  it('an untouched file written by save loads to the same bytes', () => {
    fc.assert(
      fc.property(file, (raw) => {
        const r = loadDocument(JSON.stringify(raw, null, 1));
        if (!r.ok) throw new Error(r.reason);
        const saved = saveDocument(r.doc);
        const bytes = new TextEncoder().encode(saved);
        const back = loadDocumentBytes(bytes);
        if (!back.ok) throw new Error(back.reason);
        expect(saveDocument(back.doc)).toBe(saved);
      }),
      { numRuns: 100 },
    );
  });
});

describe('never throws', () => {
  it('on any JS value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (v) => {
          restoreDocument(v);
          restoreDocument({
            format: 'vtopo',
            version: 1,
            nodes: [v],
            links: [v],
            settings: v,
            x: v,
          });
          restoreDocument({
            format: 'vtopo',
            version: 1,
            nodes: [{ id: 'a', kind: 'x', props: { v }, v }],
          });
        },
      ),
      runs,
    );
    expectNoPollution();
  });

  it('on any text or bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.uint8Array({ maxLength: 64 }),
        (text, bytes) => {
          expect(loadDocument(text).ok).toBe(false);
          loadDocumentBytes(bytes);
          loadDocument(`{"format":"vtopo","version":1,"nodes":${text}}`);
        },
      ),
      runs,
    );
  });
});
