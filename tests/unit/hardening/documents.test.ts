// Hostile documents through everything a received file goes through (load, rules, layout,
// SVG export, save, load again): the templates mutated in every way the format allows and
// some it does not. Figures: documents tried, 0 uncaught exceptions, 0 loads over 5 s,
// ({}).polluted still undefined, load(save(d)) equals d, and with one element corrupted,
// every other element kept. The long run (npm run test:long) tries many more.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Figures, LONG, runs } from '../../hardening/figures';
import {
  byteFlips,
  chain,
  duplicateIds,
  encodings,
  many,
  megabyteStrings,
  numbers,
  protoKeys,
  randomCase,
  randomJsonCase,
  references,
  surrogates,
  templates,
  truncations,
  typeSwaps,
} from '../../hardening/mutations';
import type { Case } from '../../hardening/mutations';
import { runPipeline } from '../../hardening/pipeline';
import { expectAllHold, runCases } from '../../hardening/run-cases';

const figures = new Figures('hostile documents', [
  'uncaught exceptions',
  'loads over 5 s',
  'prototype pollution',
]);
const all = templates();
const mixed = all.find((t) => t.name === 'mixed.vtopo')!;

afterAll(() => {
  figures.report();
  expect(figures.get('uncaught exceptions')).toBe(0);
  expect(figures.get('loads over 5 s')).toBe(0);
  expect(figures.get('prototype pollution')).toBe(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function* each(make: (t: (typeof all)[number]) => Iterable<Case>): Generator<Case> {
  for (const t of all) yield* make(t);
}

describe('the templates, mutated', () => {
  it('cut short at every byte, in UTF-8 and in UTF-16', () => {
    expectAllHold(
      each((t) => truncations(t, 'UTF-8')),
      figures,
    );
    expectAllHold(
      each((t) => truncations(t, 'UTF-16 LE with a BOM', LONG ? 1 : 3)),
      figures,
    );
    expect(figures.get('refused with a reason')).toBeGreaterThan(6000);
  }, 120_000);

  it('every field of every element, link and prop swapped for each type, or removed', () => {
    // About 3,500 documents a template: the fast slice takes the one with every kind and a
    // link, the long run all of them.
    expectAllHold(LONG ? each(typeSwaps) : typeSwaps(mixed), figures);
  }, 300_000);

  it('duplicate ids, dangling references and parent cycles', () => {
    expectAllHold(each(duplicateIds), figures);
    expectAllHold(each(references), figures);
  });

  it('__proto__, constructor and prototype keys everywhere, and as ids and names', () => {
    expectAllHold(each(protoKeys), figures);
  });

  it('lone surrogates, non-characters, and numbers a double cannot hold', () => {
    expectAllHold(each(surrogates), figures);
    expectAllHold(each(numbers), figures);
  });

  it('with a byte-order mark, in UTF-16 either way, with and without one', () => {
    const cases = [...each(encodings)];
    expectAllHold(cases, figures);
    for (const c of cases) {
      const r = runPipeline(c, new Figures('scratch')).loaded;
      expect(r?.ok, c.name).toBe(true);
    }
  });

  it('bytes that are not UTF-8', () => {
    expectAllHold(
      each((t) => byteFlips(t, LONG ? 1 : 9)),
      figures,
    );
  }, 120_000);

  it('megabyte strings in every place text goes', () => {
    expectAllHold(LONG ? each((t) => megabyteStrings(t)) : megabyteStrings(all[0]!), figures);
  }, 120_000);
});

describe('random documents (fast-check)', () => {
  it('random mutations of the templates, in random encodings, maybe cut short', () => {
    fc.assert(
      fc.property(randomCase(all), (c) => {
        expect(runCases([c], figures)).toEqual([]);
      }),
      { numRuns: runs(400, 20_000) },
    );
  }, 600_000);

  it('any JSON value, as a whole file or inside a vtopo envelope', () => {
    fc.assert(
      fc.property(randomJsonCase(), (c) => {
        expect(runCases([c], figures)).toEqual([]);
      }),
      { numRuns: runs(400, 20_000) },
    );
  }, 600_000);
});

describe('big shapes', () => {
  const big = (name: string, input: string): Case => ({ family: 'big shapes', name, input });

  it('a 10,000-deep parent chain and a 10,000-long parent cycle', () => {
    expectAllHold(
      [
        big('a 10,000-deep chain', chain(10_000, false)),
        big('a 10,000-long cycle', chain(10_000, true)),
      ],
      figures,
    );
  }, 120_000);

  it('100,000 elements', () => {
    // The SVG is written but not parsed back: a DOM of 100,000 groups is the slow part here.
    expectAllHold([big('100,000 elements', many(100_000))], figures, { checkSvg: LONG });
  }, 300_000);

  // The loader's own tests load and save a million-deep value; here it goes through the
  // rules, the layout and the export too.
  it.runIf(LONG)(
    'a million nested lists in a prop, and a deep object as a label',
    () => {
      const depth = 1_000_000;
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      expectAllHold(
        [
          big(
            'a million nested lists',
            `{"format":"vtopo","version":1,"nodes":[{"id":"a","kind":"os","props":{"d":${deep}}}]}`,
          ),
          big(
            'a 100,000-deep object as a label',
            `{"format":"vtopo","version":1,"nodes":[{"id":"a","kind":"os","label":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`,
          ),
        ],
        figures,
      );
    },
    120_000,
  );
});
