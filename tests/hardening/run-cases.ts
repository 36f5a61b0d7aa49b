// Runs hostile cases through the pipeline and collects every problem, so one failing case
// does not hide the figures of the others.
import { expect } from 'vitest';
import type { VDoc } from '../../app/model/document';
import { loadDocument } from '../../app/schema/load';
import { LONG } from './figures';
import type { Figures } from './figures';
import type { Case, Template } from './mutations';
import { othersKeptProblems, runPipeline } from './pipeline';
import type { PipelineOptions } from './pipeline';

const originals = new Map<Template, VDoc>();

function original(t: Template): VDoc {
  let doc = originals.get(t);
  if (!doc) {
    const r = loadDocument(t.text);
    if (!r.ok || r.diagnostics.length > 0)
      throw new Error(`template ${t.name} does not load cleanly`);
    doc = r.doc;
    originals.set(t, doc);
  }
  return doc;
}

/** Parsing every SVG back costs more than the rest of the pipeline: the fast slice checks
 * every few (every one on the long run), the whole export is still made for each. */
const SVG_EVERY = LONG ? 1 : 5;

/** Runs each case; returns the problems (at most `limit` kept, all counted). */
export function runCases(
  cases: Iterable<Case>,
  figures: Figures,
  opts: PipelineOptions = {},
  limit = 30,
): string[] {
  const problems: string[] = [];
  let count = 0;
  const note = (p: string) => {
    count++;
    if (problems.length < limit) problems.push(p);
  };
  let n = 0;
  for (const c of cases) {
    const sampled = opts.checkSvg ?? n++ % SVG_EVERY === 0;
    const out = runPipeline(c, figures, { ...opts, checkSvg: sampled });
    out.problems.forEach(note);
    if (c.corrupted && c.template && out.loaded?.ok) {
      figures.add('one element corrupted');
      const raw = (JSON.parse(c.input as string) as Record<string, unknown[]>)[c.corrupted.list]?.[
        c.corrupted.index
      ];
      const lost = othersKeptProblems(original(c.template), out.loaded.doc, c.corrupted, raw);
      if (lost.length === 0) figures.add('one element corrupted: every other element kept');
      for (const p of lost) note(`${c.name}: ${p}`);
    }
  }
  if (count > problems.length) problems.push(`… and ${count - problems.length} more`);
  return problems;
}

/** Runs the cases and fails the test with the problems found. */
export function expectAllHold(cases: Iterable<Case>, figures: Figures, opts?: PipelineOptions) {
  expect(runCases(cases, figures, opts)).toEqual([]);
}
