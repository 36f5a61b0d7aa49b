// The stdout table: one row per figure, budgets marked met or missed.
import type { BenchResult } from './results-types';

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function verdict(r: BenchResult): string {
  if (r.met === null) return '';
  return r.met ? `met (${r.budget})` : `MISSED (${r.budget})`;
}

function extra(r: BenchResult): string {
  const d = r.drag;
  if (d) {
    return (
      `p99 ${r.p99} vs ${d.baselineP99}; work/move p50/p95 ${d.workP50}/${d.workP95} vs ` +
      `${d.baselineWorkP50}/${d.baselineWorkP95}; renders/move ${d.rendersPerMove} vs ` +
      `${d.baselineRendersPerMove} (commits ${d.commitsPerMove} vs ${d.baselineCommitsPerMove}); ` +
      `long tasks ${d.longTasks} vs ${d.baselineLongTasks}`
    );
  }
  return r.note ?? '';
}

export function formatTable(results: readonly BenchResult[]): string {
  const head = ['name', 'size', 'p50', 'p95', 'base p50', 'ratio', 'runs', 'budget', 'detail'];
  const rows = results.map((r) => [
    r.name,
    String(r.size),
    fmt(r.p50),
    fmt(r.p95),
    fmt(r.baseline),
    fmt(r.ratio),
    String(r.runs),
    verdict(r),
    extra(r),
  ]);
  const widths = head.map((h, i) =>
    i === head.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => r[i]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1
          ? c
          : i >= 1 && i <= 6
            ? c.padStart(widths[i]!)
            : c.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}
