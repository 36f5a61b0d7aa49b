// Validation timings on a generated 10,000-element document (DESIGN.md budgets: full p95
// under 8 ms, incremental after one edit p95 under 0.5 ms). Run: npx tsx tests/bench/validation.ts [size]
// Wall time is the budget's measure; CPU time (this process only) is printed beside it
// because on a shared, busy machine wall time mostly measures the neighbours.
import { insertBeneath } from '../../app/commands/insert-beneath';
import { moveNode } from '../../app/commands/move-node';
import { setProp } from '../../app/commands/set-prop';
import type { VDoc } from '../../app/model/document';
import { Validator, validate } from '../../app/rules/engine';
import { generateDocument } from '../fixtures/generate';

const size = Number(process.argv[2] ?? 10_000);

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(3)}  p95 ${at(0.95).toFixed(3)}  max ${sorted[sorted.length - 1]!.toFixed(3)}`;
}

function stats(name: string, wall: number[], cpu: number[]): void {
  console.log(
    `${name.padEnd(26)} wall ms: ${summary(wall)}   cpu ms: ${summary(cpu)}   (n=${wall.length})`,
  );
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Times `run`, returning [wall ms, cpu ms]. */
function timed(run: () => void): [number, number] {
  const c = cpuNow();
  const t = performance.now();
  run();
  return [performance.now() - t, cpuNow() - c];
}

/** A deterministic stream of picks, so runs are comparable. */
let state = 12345;
function pick<T>(items: readonly T[]): T {
  state = (state * 1103515245 + 12345) & 0x7fffffff;
  return items[state % items.length]!;
}

const doc = generateDocument(size);
console.log(
  `${doc.nodes.length} nodes, ${doc.links.length} links, ${validate(doc).length} diagnostics`,
);

const full: number[] = [];
const fullCpu: number[] = [];
for (let i = 0; i < 120; i++) {
  const [wall, cpu] = timed(() => validate(doc));
  if (i < 20) continue;
  full.push(wall);
  fullCpu.push(cpu);
}
stats('full validate', full, fullCpu);

function incremental(name: string, edit: (d: VDoc) => VDoc | null, runs = 300): void {
  const validator = new Validator();
  let current = doc;
  validator.validate(current);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs + 30; i++) {
    const next = edit(current);
    if (!next) continue;
    const [w, c] = timed(() => validator.validate(next));
    if (i >= 30) {
      wall.push(w);
      cpu.push(c);
    }
    current = next;
  }
  stats(name, wall, cpu);
}

const ofKind = (d: VDoc, kind: string) => d.nodes.filter((n) => n.kind === kind);
const containers = ofKind(doc, 'container').map((n) => n.id);
const engines = ofKind(doc, 'container-engine').map((n) => n.id);
const apps = ofKind(doc, 'app').map((n) => n.id);

incremental('incremental: prop change', (d) =>
  setProp(d, pick(containers), 'memoryMiB', pick([256, 512, 1024, 4096])),
);
incremental('incremental: re-parent', (d) => moveNode(d, pick(containers), pick(engines)));
incremental(
  'incremental: insertion',
  (d) => insertBeneath(d, pick(apps), { kind: 'runtime', props: { product: 'jvm' } })?.doc ?? null,
);
