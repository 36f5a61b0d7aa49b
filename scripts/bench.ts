// `npm run bench`: the performance budgets of DESIGN.md, measured. The domain core in Node
// on generated documents, then the canvas in Debian Chromium against a bare React Flow page.
// Prints a table and writes bench/results.json (its shape: bench/README.md).
//
//   tsx scripts/bench.ts [--node | --canvas] [--quick] [--no-build] [--out FILE]
//     --node / --canvas   only that half
//     --quick             few runs (a smoke check of the harness, not figures to quote)
//     --no-build          use the pages already built in dist/bench
//     --out FILE          where the JSON goes (default bench/results.json)
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runCanvasBench } from '../bench/canvas-bench';
import { runNodeBench } from '../bench/node-bench';
import type { BenchReport, BenchResult } from '../bench/results-types';
import { formatTable } from '../bench/table';

const { values } = parseArgs({
  options: {
    node: { type: 'boolean', default: false },
    canvas: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: {
      type: 'string',
      default: fileURLToPath(new URL('../bench/results.json', import.meta.url)),
    },
  },
});

const both = !values.node && !values.canvas;
const log = (line: string) => process.stderr.write(`${line}\n`);
const results: BenchResult[] = [];
let chromiumVersion: string | null = null;
const load0 = loadavg()[0]!;

if (both || values.node) {
  log('node: validate, layout, export, load, save at 100 / 1,000 / 10,000 elements...');
  results.push(
    ...(await runNodeBench({
      sizes: [100, 1_000, 10_000],
      scale: values.quick ? 0.05 : 1,
      pngSize: 1_000,
      seed: 1,
      onResult: (r) => log(`  ${r.name} ${r.size}: p50 ${r.p50} ms, p95 ${r.p95} ms`),
    })),
  );
}

if (both || values.canvas) {
  const canvas = await runCanvasBench({
    sizes: [100, 1_000],
    warmup: values.quick ? 1 : 2,
    runs: values.quick ? 2 : 10,
    seed: 1,
    build: !values['no-build'],
    moves: 120,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    log: (line) => log(`  ${line}`),
  });
  chromiumVersion = canvas.chromium;
  results.push(...canvas.results);
}

const report: BenchReport = {
  node: process.version,
  chromium: chromiumVersion,
  date: new Date().toISOString(),
  platform: `${process.platform} ${process.arch}`,
  cpu: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverage: [load0, loadavg()[0]!].map((l) => Math.round(l * 100) / 100),
  results,
};
await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);

console.log(
  `vtopo bench: Node ${report.node}, Chromium ${report.chromium ?? '(not run)'}, ${report.cpu}, ` +
    `load average ${report.loadAverage.join(' -> ')}`,
);
console.log(formatTable(results));
const missed = results.filter((r) => r.met === false);
console.log(
  missed.length === 0
    ? 'Every budget measured here is met.'
    : `Budgets missed: ${missed.map((r) => `${r.name} ${r.size}`).join(', ')}`,
);
console.log(`Wrote ${values.out}`);
