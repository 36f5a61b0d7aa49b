// The Node half of `npm run bench`: the domain core on generated documents, against the
// budgets. Each figure is the percentiles of many runs after a warm-up; nothing is
// cached between runs except what the editor itself keeps (Validator, LayoutCache).
import type { VDoc } from '../app/model/document';
import { validate, Validator } from '../app/rules/engine';
import { LayoutCache, layoutDocument } from '../app/layout';
import { exportSvg } from '../app/export/svg';
import { exportPng } from '../app/export/png-node';
import { loadDocumentBytes } from '../app/schema/load';
import { saveDocument } from '../app/schema/save';
import { generateDocument } from '../tests/fixtures/generate';
import { judge } from './budgets';
import { arrangeInRows } from './arrange';
import { benchEdits } from './edits';
import type { BenchName, BenchResult } from './results-types';
import { round, summarize } from './stats';
import type { Summary } from './stats';
import type { Calibration } from './results-types';

export interface NodeBenchOptions {
  readonly sizes: readonly number[];
  /** Multiplies every run count (1 = the full bench); at least 1 warm-up and 2 runs remain. */
  readonly scale: number;
  /** The size PNG export is timed at (the issue: 1,000); skipped when not among `sizes`. */
  readonly pngSize: number;
  readonly seed: number;
  /** Called as each figure is done (progress on stderr). */
  readonly onResult?: (r: BenchResult) => void;
}

/** Runs per size: small documents are cheap, so they get more samples. */
function plannedRuns(size: number): number {
  return size <= 100 ? 200 : size <= 1_000 ? 100 : 40;
}

interface Plan {
  readonly warmup: number;
  readonly runs: number;
}

function plan(runs: number, scale: number): Plan {
  const n = Math.max(2, Math.round(runs * scale));
  return { warmup: Math.max(1, Math.round(n / 5)), runs: n };
}

const now = () => performance.now();

/** Process CPU time (all threads) in ms, next to the wall clock: a busy machine shows as a gap. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Samples {
  readonly wall: number[];
  readonly cpu: number[];
}

/** Times `step` (which returns the wall milliseconds it measured) `warmup + runs` times. */
function sample(p: Plan, step: () => number): Samples {
  for (let i = 0; i < p.warmup; i++) step();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < p.runs; i++) {
    const c = cpuNow();
    wall.push(step());
    cpu.push(cpuNow() - c);
  }
  return { wall, cpu };
}

async function sampleAsync(p: Plan, step: () => Promise<number>): Promise<Samples> {
  for (let i = 0; i < p.warmup; i++) await step();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < p.runs; i++) {
    const c = cpuNow();
    wall.push(await step());
    cpu.push(cpuNow() - c);
  }
  return { wall, cpu };
}

function timed(fn: () => unknown): () => number {
  return () => {
    const t = now();
    fn();
    return now() - t;
  };
}

interface Figure {
  readonly s: Summary;
  readonly cpuP50: number;
}

const figure = (x: Samples): Figure => ({ s: summarize(x.wall), cpuP50: summarize(x.cpu).p50 });

const measure = (p: Plan, fn: () => unknown): Figure => figure(sample(p, timed(fn)));

function result(name: BenchName, size: number, f: Figure, note?: string): BenchResult {
  const s = f.s;
  const base = {
    name,
    size,
    p50: round(s.p50),
    p95: round(s.p95),
    unit: 'ms' as const,
    baseline: null,
    ratio: null,
    runs: s.runs,
    p99: round(s.p99),
    cpuP50: round(f.cpuP50),
    ...(note ? { note } : {}),
  };
  return { ...base, ...judge({ ...base, budget: null, met: null }) };
}

/**
 * Of several summaries of one figure (one per edit), the worst by p95, with a note giving
 * every edit's p50/p95 so none is hidden.
 */
function worst(named: readonly { name: string; f: Figure }[]): { f: Figure; note: string } {
  const w = named.reduce((a, b) => (b.f.s.p95 > a.f.s.p95 ? b : a));
  const each = named.map((x) => `${x.name} ${round(x.f.s.p50)}/${round(x.f.s.p95)}`).join(', ');
  return { f: w.f, note: `worst of one edit: ${w.name} (p50/p95 ms: ${each})` };
}

export async function runNodeBench(o: NodeBenchOptions): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const add = (r: BenchResult) => {
    out.push(r);
    o.onResult?.(r);
  };
  for (const size of o.sizes) {
    const doc = generateDocument(size, o.seed);
    const p = plan(plannedRuns(size), o.scale);
    // Incremental figures are sub-millisecond at every size: many samples are cheap.
    const pInc = plan(300, o.scale);
    const edits = benchEdits(doc);

    add(
      result(
        'validate.full',
        size,
        measure(p, () => validate(doc)),
      ),
    );

    const vEdits = edits.map((e) => ({
      name: e.name,
      f: figure(incremental(pInc, doc, e.after, validator)),
    }));
    if (vEdits.length > 0) {
      const w = worst(vEdits);
      add(result('validate.incremental', size, w.f, `Validator.validate after ${w.note}`));
    }

    add(
      result(
        'layout.full',
        size,
        measure(p, () => layoutDocument(doc)),
      ),
    );

    const lEdits = edits.map((e) => ({
      name: e.name,
      f: figure(incremental(pInc, doc, e.after, layoutCache)),
    }));
    if (lEdits.length > 0) {
      const w = worst(lEdits);
      add(result('layout.incremental', size, w.f, `LayoutCache.layout after ${w.note}`));
    }

    add(
      result(
        'export.svg',
        size,
        measure(p, () => exportSvg(doc)),
        'exportSvg(doc) with its layout, as `vtopo export` does',
      ),
    );

    if (size === o.pngSize) {
      const svg = exportSvg(arrangeInRows(doc));
      const pPng = plan(10, o.scale);
      const s = await sampleAsync(pPng, async () => {
        const t = now();
        await exportPng(svg, { scale: 1 });
        return now() - t;
      });
      add(
        result(
          'export.png',
          size,
          figure(s),
          'resvg at scale 1, stacks arranged in rows (arrange.ts); the SVG is made beforehand',
        ),
      );
    }

    const text = saveDocument(doc);
    const bytes = new TextEncoder().encode(text);
    add(
      result(
        'doc.load',
        size,
        measure(p, () => loadDocumentBytes(bytes)),
        `loadDocumentBytes of ${(bytes.length / 1024).toFixed(0)} KiB`,
      ),
    );
    add(
      result(
        'doc.save',
        size,
        measure(p, () => saveDocument(doc)),
      ),
    );
  }
  return out;
}

/** Something the editor keeps between edits, primed with one document, timed on the next. */
interface Incremental {
  make(): { run(doc: VDoc): unknown };
}

const validator: Incremental = {
  make: () => {
    const v = new Validator();
    return { run: (doc) => v.validate(doc) };
  },
};

const layoutCache: Incremental = {
  make: () => {
    const c = new LayoutCache();
    return { run: (doc) => c.layout(doc) };
  },
};

/**
 * Times the step from `before` to `after` on a primed instance; going back to `before`
 * (itself an edit) is not timed, so each sample is the same one edit.
 */
function incremental(p: Plan, before: VDoc, after: VDoc, kind: Incremental): Samples {
  const inst = kind.make();
  inst.run(before);
  return sample(p, () => {
    const t = now();
    inst.run(after);
    const ms = now() - t;
    inst.run(before);
    return ms;
  });
}

/**
 * What this machine's JavaScript engine alone takes on the 10,000-element file: JSON.parse
 * of its text and JSON.stringify (pretty) of its data. Load and save cannot beat these.
 */
export function calibrate(seed: number, runs = 20): Calibration {
  const text = saveDocument(generateDocument(10_000, seed));
  const data: unknown = JSON.parse(text);
  const p = { warmup: 3, runs };
  return {
    jsonParse10k: round(measure(p, () => JSON.parse(text)).s.p50),
    jsonStringify10k: round(measure(p, () => JSON.stringify(data, null, 2)).s.p50),
  };
}
