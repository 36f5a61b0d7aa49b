// `npm run bench`: the performance budgets of DESIGN.md, measured. The domain core in Node
// on generated documents, then the canvas in Debian Chromium against a bare React Flow page.
// Prints a table and writes bench/results.json (its shape: bench/README.md).
//
//   tsx scripts/bench.ts [--node | --canvas] [--quick] [--no-build] [--out FILE]
//     --node / --canvas   only that half
//     --quick             few runs (a smoke check of the harness, not figures to quote)
//     --no-build          use the pages already built in dist/bench
//     --sizes 100,1000    only these sizes (default: 100,1000,10000 in Node, 100,1000 in Chromium)
//     --out FILE          where the JSON goes (default bench/results.json)
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { runCanvasBench } from '../bench/canvas-bench';
import { calibrate, runNodeBench } from '../bench/node-bench';
import type { BenchReport, BenchResult, Calibration } from '../bench/results-types';
import { formatTable } from '../bench/table';

const { values } = parseArgs({
  options: {
    node: { type: 'boolean', default: false },
    canvas: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    out: {
      type: 'string',
      default: fileURLToPath(new URL('../bench/results.json', import.meta.url)),
    },
  },
});

const both = !values.node && !values.canvas;
const only = values.sizes?.split(',').map(Number);
if (only?.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`--sizes takes element counts like 100,1000, not "${values.sizes}"`);
  process.exit(2);
}
const pick = (sizes: number[]) => (only ? sizes.filter((s) => only.includes(s)) : sizes);
const log = (line: string) => process.stderr.write(`${line}\n`);
const results: BenchResult[] = [];
let chromiumVersion: string | null = null;
let calibration: Calibration | null = null;
const load0 = loadavg()[0]!;

if (both || values.node) {
  log('node: validate, layout, export, load, save at 100 / 1,000 / 10,000 elements...');
  results.push(
    ...(await runNodeBench({
      sizes: pick([100, 1_000, 10_000]),
      scale: values.quick ? 0.05 : 1,
      pngSize: 1_000,
      seed: 1,
      onResult: (r) => log(`  ${r.name} ${r.size}: p50 ${r.p50} ms, p95 ${r.p95} ms`),
    })),
  );
  calibration = calibrate(1, values.quick ? 2 : 20);
}

if (both || values.canvas) {
  const canvas = await runCanvasBench({
    sizes: pick([100, 1_000]),
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
  calibration,
  results,
};
// Written as the repository's formatter would, so `prettier --check .` stays clean.
const prettierOptions = (await resolveConfig(values.out)) ?? {};
await writeFile(
  values.out,
  await format(JSON.stringify(report), { ...prettierOptions, filepath: values.out }),
);

console.log(
  `vtopo bench: Node ${report.node}, Chromium ${report.chromium ?? '(not run)'}, ${report.cpu}, ` +
    `load average ${report.loadAverage.join(' -> ')}`,
);
if (calibration) {
  console.log(
    `JSON alone on the 10,000-element file here: parse ${calibration.jsonParse10k} ms, ` +
      `stringify (pretty) ${calibration.jsonStringify10k} ms (p50)`,
  );
}
console.log(formatTable(results));
const missed = results.filter((r) => r.met === false);
console.log(
  missed.length === 0
    ? 'Every budget measured here is met.'
    : `Budgets missed: ${missed.map((r) => `${r.name} ${r.size}`).join(', ')}`,
);
console.log(`Wrote ${values.out}`);
