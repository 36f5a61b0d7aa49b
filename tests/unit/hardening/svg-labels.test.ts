// Hostile labels and titles in exported SVGs: each payload (script, event handlers,
// javascript: and xlink:href, closing tags, ]]>, CSS url(), foreignObject, bidi overrides,
// zero-width and control characters, 100,000 characters) in every place user text goes
// (labels, the title, a container's image in its caption, an unknown kind, a link's
// driver), with every export option. Each SVG must be strict XML with only the exporter's
// own elements and attributes, and each label must read back exactly (as display text).
// The same SVGs are opened as pages in Chromium by tests/e2e/hostile-labels.spec.ts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { VDoc } from '../../../app/model/document';
import { displayText } from '../../../app/layout/text';
import { exportSvg } from '../../../app/export/svg';
import type { SvgOptions } from '../../../app/export/svg';
import { validate } from '../../../app/rules/engine';
import { KINDS } from '../../../app/model/kinds';
import { Figures, runs } from '../../hardening/figures';
import { hostileDoc } from '../../hardening/hostile-doc';
import { LONG_LABEL, PAYLOADS, hostileText, rejoins } from '../../hardening/hostile-text';
import { checkSvg, readBackProblems } from '../../hardening/svg-check';
import type { SvgEl } from '../../hardening/svg-check';

const figures = new Figures('hostile labels in SVG');
afterAll(() => figures.report());

/** Export options, and whether to mark the elements the rules report. */
type Opts = SvgOptions & { readonly marks?: boolean };

const OPTIONS: readonly Opts[] = [
  {},
  { theme: 'dark', transparent: true },
  { title: true, legend: true },
  { title: true, legend: true, theme: 'dark', marks: true },
];

function exportChecked(doc: VDoc, opts: Opts): string[] {
  const { marks, ...rest } = opts;
  const svg = exportSvg(doc, marks ? { ...rest, diagnostics: validate(doc) } : rest);
  figures.add('SVGs checked');
  const { problems, root } = checkSvg(svg);
  if (!root) return problems;
  problems.push(...readBackProblems(root, doc, rest.title === true));
  problems.push(...linkLabelProblems(root, doc));
  return problems;
}

/** A link's label is its driver (or its kind), drawn like a label. */
function linkLabelProblems(root: SvgEl, doc: VDoc): string[] {
  const problems: string[] = [];
  const groups = new Map<string, SvgEl>();
  const todo = [root];
  while (todo.length > 0) {
    const el = todo.pop()!;
    if (el.name === 'g' && el.attrs['data-link'] !== undefined)
      groups.set(el.attrs['data-link'], el);
    todo.push(...el.children);
  }
  for (const link of doc.links) {
    const g = groups.get(link.id);
    const d = link.props.driver;
    const want = typeof d === 'string' && d.trim() !== '' ? displayText(d) : displayText(link.kind);
    const lines = g?.children.filter((c) => c.name === 'text').map((c) => c.text) ?? [];
    if (!rejoins(lines, want))
      problems.push(
        `link ${link.id} reads back as ${JSON.stringify(lines.join('|').slice(0, 80))}`,
      );
  }
  return problems;
}

describe('each payload in every place, with every export option', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(name, () => {
      const doc = hostileDoc([payload, `before ${payload} after`], payload);
      for (const opts of OPTIONS) {
        expect(exportChecked(doc, opts), JSON.stringify(opts)).toEqual([]);
        figures.add('labels read back', doc.nodes.length);
      }
    });
  }

  it('all payloads at once, with the font embedded', () => {
    const doc = hostileDoc(Object.values(PAYLOADS), Object.values(PAYLOADS).join(' '));
    expect(exportChecked(doc, { title: true, legend: true, embedFont: true })).toEqual([]);
  });

  it('a 100,000-character label and title wrap into lines that read back', () => {
    const doc = hostileDoc([LONG_LABEL], LONG_LABEL);
    expect(exportChecked(doc, { title: true })).toEqual([]);
  }, 60_000);
});

describe('random hostile text (fast-check)', () => {
  it('labels, titles, images, kinds and drivers read back; the SVG stays inert', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText, { minLength: 1, maxLength: 4 }),
        hostileText,
        fc.constantFrom(...OPTIONS),
        (labels, title, opts) => {
          const doc = hostileDoc(labels, title);
          expect(exportChecked(doc, opts)).toEqual([]);
          figures.add('labels read back', doc.nodes.length);
        },
      ),
      { numRuns: runs(200, 5000) },
    );
  }, 600_000);

  it('every kind, as a label too', () => {
    const doc = hostileDoc([...KINDS, 'unknown', ' ', '\u200b'], ' ');
    expect(exportChecked(doc, OPTIONS[3]!)).toEqual([]);
  });
});
