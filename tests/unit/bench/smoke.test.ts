// A quick run of the Node half of the bench at 100 elements: the harness works and its
// output has the shape bench/README.md documents. Timings are not checked (noisy).
import { describe, expect, it } from 'vitest';
import { runNodeBench } from '../../../bench/node-bench';
import { judge } from '../../../bench/budgets';
import { formatTable } from '../../../bench/table';
import { percentile, summarize } from '../../../bench/stats';
import { benchEdits } from '../../../bench/edits';
import { arrangeInRows } from '../../../bench/arrange';
import type { BenchResult } from '../../../bench/results-types';
import { generateDocument } from '../../fixtures/generate';
import { layoutDocument } from '../../../app/layout';

const NODE_NAMES = [
  'validate.full',
  'validate.incremental',
  'layout.full',
  'layout.incremental',
  'export.svg',
  'export.png',
  'doc.load',
  'doc.save',
];

describe('bench harness (Node half)', () => {
  it('measures every Node figure at size 100 with the documented fields', async () => {
    const seen: string[] = [];
    const results = await runNodeBench({
      sizes: [100],
      scale: 0.01,
      pngSize: 100,
      seed: 1,
      onResult: (r) => seen.push(r.name),
    });
    expect(results.map((r) => r.name)).toEqual(NODE_NAMES);
    expect(seen).toEqual(NODE_NAMES);
    for (const r of results) {
      expect(r.size).toBe(100);
      expect(r.unit).toBe('ms');
      expect(r.baseline).toBeNull();
      expect(r.ratio).toBeNull();
      expect(r.runs).toBeGreaterThanOrEqual(2);
      expect(r.runs).toBeLessThanOrEqual(3);
      expect(Number.isFinite(r.p50) && r.p50 >= 0).toBe(true);
      expect(r.p95).toBeGreaterThanOrEqual(r.p50);
      // No budget is set at 100 elements.
      expect(r.budget).toBeNull();
      expect(r.met).toBeNull();
    }
    const inc = results.find((r) => r.name === 'validate.incremental')!;
    expect(inc.note).toMatch(/prop change .*re-parent .*insertion/);
    // The JSON round trip keeps every field (no NaN or undefined sneaking in as null).
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    const table = formatTable(results);
    expect(table.split('\n')).toHaveLength(1 + NODE_NAMES.length);
  }, 60_000);
});

describe('bench pieces', () => {
  const base: BenchResult = {
    name: 'validate.full',
    size: 10_000,
    p50: 3,
    p95: 7.9,
    unit: 'ms',
    baseline: null,
    ratio: null,
    runs: 10,
    budget: null,
    met: null,
  };

  it('judges results against the DESIGN.md budgets', () => {
    expect(judge(base)).toEqual({ budget: 'p95 < 8 ms', met: true });
    expect(judge({ ...base, p95: 8 }).met).toBe(false);
    expect(judge({ ...base, size: 1_000 })).toEqual({ budget: null, met: null });
    const mount = { ...base, name: 'canvas.mount' as const, size: 1_000 };
    expect(judge({ ...mount, ratio: 1.1 }).met).toBe(true);
    expect(judge({ ...mount, ratio: 1.11 }).met).toBe(false);
    expect(judge({ ...mount, ratio: null }).met).toBe(false);
    const drag = { ...base, name: 'canvas.drag' as const, size: 1_000, ratio: 1 };
    expect(judge({ ...drag, p95: 16.8 }).met).toBe(true);
    expect(judge({ ...drag, p95: 33.3 }).met).toBe(false);
  });

  it('marks missed budgets in the table', () => {
    const table = formatTable([{ ...base, ...judge({ ...base, p95: 9 }), p95: 9 }]);
    expect(table).toContain('MISSED (p95 < 8 ms)');
  });

  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(
      percentile(
        [...xs].sort((a, b) => a - b),
        0.95,
      ),
    ).toBe(95);
    expect(summarize(xs)).toMatchObject({ p50: 50, p95: 95, p99: 99, runs: 100 });
    expect(Number.isNaN(summarize([]).p50)).toBe(true);
  });

  it('makes the three edits, each changing the document', () => {
    const doc = generateDocument(100, 1);
    const edits = benchEdits(doc);
    expect(edits.map((e) => e.name)).toEqual(['prop change', 're-parent', 'insertion']);
    for (const e of edits) expect(e.after).not.toBe(doc);
    expect(edits[2]!.after.nodes).toHaveLength(doc.nodes.length + 1);
  });

  it('arranges stacks in rows without overlaps, moving only roots', () => {
    const doc = generateDocument(1_000, 1);
    const arranged = arrangeInRows(doc);
    const layout = layoutDocument(arranged);
    // Every stack stands where its root says: none had to be pushed aside.
    expect(layout.stacks.every((s) => s.positioned)).toBe(true);
    expect(layout.bounds.width).toBeLessThan(layout.bounds.height * 3);
    arranged.nodes.forEach((n, i) => {
      const before = doc.nodes[i]!;
      if (n.parent !== undefined) expect(n).toBe(before);
      else expect({ ...n, position: before.position }).toEqual(before);
    });
  });
});
