// Everything a document received from someone else goes through: load, the rules, the
// layout, the SVG export, save and load again. Each step is timed and guarded; what went
// wrong is returned as problems (never thrown), so a suite can count every case and report
// all of them.
import type { Diagnostic, VDoc } from '../../app/model/document';
import { exportSvg } from '../../app/export/svg';
import { LayoutCache } from '../../app/layout/cache';
import { validate } from '../../app/rules/engine';
import { loadDocument, loadDocumentBytes } from '../../app/schema/load';
import type { LoadResult } from '../../app/schema/load';
import { saveDocument } from '../../app/schema/save';
import { deepEqual } from './deep-equal';
import type { Case, Corrupted } from './mutations';
import { polluted } from './figures';
import type { Figures } from './figures';
import { checkSvg, readBackProblems } from './svg-check';

/** The bound: no load takes longer than this. */
export const SLOW_LOAD_MS = 5000;

export interface PipelineOptions {
  /** Check the SVG strictly and read the labels back (costly for 100,000 elements). */
  readonly checkSvg?: boolean;
  /** Export with the embedded font (a large <style>); off for the bulk. */
  readonly embedFont?: boolean;
}

export interface Outcome {
  readonly problems: string[];
  readonly loaded: LoadResult | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

function timed<T>(figures: Figures, step: string, run: () => T): T {
  const t0 = performance.now();
  try {
    return run();
  } finally {
    figures.max(`slowest ${step} (ms)`, performance.now() - t0);
  }
}

export function runPipeline(c: Case, figures: Figures, opts: PipelineOptions = {}): Outcome {
  const problems: string[] = [];
  const fail = (what: string, err?: unknown) => {
    const why = err === undefined ? '' : `: ${err instanceof Error ? err.message : String(err)}`;
    problems.push(`${c.name}: ${what}${why.slice(0, 300)}`);
  };
  figures.add('documents tried');
  figures.add(`documents tried: ${c.family}`);

  let loaded: LoadResult | undefined;
  const t0 = performance.now();
  try {
    loaded = timed(figures, 'load', () =>
      typeof c.input === 'string' ? loadDocument(c.input) : loadDocumentBytes(c.input),
    );
  } catch (err) {
    figures.add('uncaught exceptions');
    fail('load threw', err);
  }
  if (performance.now() - t0 > SLOW_LOAD_MS) {
    figures.add('loads over 5 s');
    fail(`load took ${Math.round(performance.now() - t0)} ms`);
  }
  let diagnostics: Diagnostic[] = [];
  if (loaded && !loaded.ok) {
    figures.add('refused with a reason');
    const r = loaded.reason;
    if (typeof r !== 'string' || r.trim() === '' || /[\n\r]/.test(r) || r.length > 400) {
      fail(`refused without a one-line reason: ${JSON.stringify(String(r).slice(0, 100))}`);
    }
  } else if (loaded) {
    figures.add('loaded');
    if (loaded.diagnostics.length > 0) figures.add('loaded with repairs');
    const doc = loaded.doc;
    try {
      diagnostics = timed(figures, 'validation', () => validate(doc, loaded.diagnostics));
      const layout = timed(figures, 'layout', () => new LayoutCache().layout(doc));
      const svg = timed(figures, 'SVG export', () =>
        exportSvg(doc, {
          layout,
          title: true,
          legend: true,
          diagnostics,
          embedFont: opts.embedFont ?? false,
        }),
      );
      if (opts.checkSvg !== false) {
        figures.add('SVGs checked');
        const { problems: bad, root } = checkSvg(svg);
        for (const p of bad.slice(0, 5)) fail(`SVG: ${p}`);
        if (root) for (const p of readBackProblems(root, doc, true).slice(0, 5)) fail(`SVG: ${p}`);
      }
    } catch (err) {
      figures.add('uncaught exceptions');
      fail('validation, layout or export threw', err);
    }
    try {
      const saved = timed(figures, 'save', () => saveDocument(doc));
      const again = loadDocument(saved);
      if (!again.ok) fail(`its save is refused: ${again.reason}`);
      else if (again.diagnostics.length > 0)
        fail(`its save needs repairs: ${again.diagnostics[0]!.message}`);
      else if (!deepEqual(again.doc, doc)) fail('load(save(d)) differs from d');
      else if (saveDocument(again.doc) !== saved) fail('saving it again gives other bytes');
      else figures.add('load(save(d)) equals d');
    } catch (err) {
      figures.add('uncaught exceptions');
      fail('save or reload threw', err);
    }
  }
  const dirty = polluted();
  if (dirty) {
    figures.add('prototype pollution');
    fail(dirty);
  }
  return { problems, loaded, diagnostics };
}

/**
 * With one element (or link) corrupted, every other one is kept: same fields, same order.
 * Its id may change only where the corrupted entry now holds that id first (the later of
 * two equal ids is renamed; a link id equal to an element id is renamed).
 */
export function othersKeptProblems(
  original: VDoc,
  loaded: VDoc,
  corrupted: Corrupted,
  raw: unknown,
): string[] {
  const problems: string[] = [];
  const list = corrupted.list;
  const before = original[list] as readonly { id: string }[];
  const after = loaded[list] as readonly { id: string }[];
  // The corrupted entry is kept when it is still an object; anything else is dropped.
  const keptCorrupted = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const expectLength = before.length - (keptCorrupted ? 0 : 1);
  if (after.length !== expectLength) {
    return [`${list}: ${after.length} kept of ${before.length}, expected ${expectLength}`];
  }
  const takenId = keptCorrupted ? (raw as { id?: unknown }).id : undefined;
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    if (i === corrupted.index) {
      if (keptCorrupted) j++;
      continue;
    }
    const want = before[i]!;
    const got = after[j++]!;
    if (deepEqual(got, want)) continue;
    const renamed =
      got.id !== want.id && want.id === takenId && deepEqual({ ...got, id: want.id }, want);
    if (!renamed)
      problems.push(`${list}[${i}] (${JSON.stringify(want.id)}) was not kept as it was`);
  }
  const other = list === 'nodes' ? 'links' : 'nodes';
  const o1 = original[other] as readonly { id: string }[];
  const o2 = loaded[other] as readonly { id: string }[];
  if (o1.length !== o2.length) problems.push(`${other}: ${o2.length} kept of ${o1.length}`);
  else {
    o1.forEach((want, i) => {
      const got = o2[i]!;
      if (deepEqual(got, want)) return;
      const renamed = want.id === takenId && deepEqual({ ...got, id: want.id }, want);
      if (!renamed)
        problems.push(`${other}[${i}] (${JSON.stringify(want.id)}) was not kept as it was`);
    });
  }
  return problems;
}
