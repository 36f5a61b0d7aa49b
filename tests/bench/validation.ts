// Validation timings on a generated 10,000-element document (DESIGN.md budgets: full p95
// under 8 ms, incremental after one edit p95 under 0.5 ms). Run: npx tsx tests/bench/validation.ts [size]
import { insertBeneath } from '../../app/commands/insert-beneath';
import { moveNode } from '../../app/commands/move-node';
import { setProp } from '../../app/commands/set-prop';
import type { VDoc } from '../../app/model/document';
import { Validator, validate } from '../../app/rules/engine';
import { generateDocument } from '../fixtures/generate';

const size = Number(process.argv[2] ?? 10_000);

function stats(name: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `${name.padEnd(28)} p50 ${at(0.5).toFixed(3)} ms   p95 ${at(0.95).toFixed(3)} ms   max ${sorted[sorted.length - 1]!.toFixed(3)} ms   (n=${times.length})`,
  );
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
for (let i = 0; i < 120; i++) {
  const t = performance.now();
  validate(doc);
  if (i >= 20) full.push(performance.now() - t);
}
stats('full validate', full);

function incremental(name: string, edit: (d: VDoc) => VDoc | null, runs = 300): void {
  const validator = new Validator();
  let current = doc;
  validator.validate(current);
  const times: number[] = [];
  for (let i = 0; i < runs + 30; i++) {
    const next = edit(current);
    if (!next) continue;
    const t = performance.now();
    validator.validate(next);
    if (i >= 30) times.push(performance.now() - t);
    current = next;
  }
  stats(name, times);
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
