// The figures the hardening suites report (README "Reliability"): counters kept per suite,
// printed as one block when the suite ends, and written as JSON when VTOPO_FIGURES_DIR
// names a folder (scripts/test-long.mjs collects them from there).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The long runs (npm run test:long) set VTOPO_LONG=1: the same suites, more cases. */
export const LONG = process.env.VTOPO_LONG === '1';

/** `fast` runs in npm test, `long` in npm run test:long. */
export function runs(fast: number, long: number): number {
  return LONG ? long : fast;
}

export class Figures {
  private readonly values = new Map<string, number>();

  /** `zero` names figures shown even when nothing counted them (0 uncaught exceptions). */
  constructor(
    readonly suite: string,
    zero: readonly string[] = [],
  ) {
    for (const name of zero) this.values.set(name, 0);
  }

  add(name: string, by = 1): void {
    this.values.set(name, (this.values.get(name) ?? 0) + by);
  }

  max(name: string, value: number): void {
    this.values.set(name, Math.max(this.values.get(name) ?? 0, value));
  }

  get(name: string): number {
    return this.values.get(name) ?? 0;
  }

  /** Prints the figures and, when asked, writes them for the long-run summary. */
  report(): void {
    const entries = [...this.values].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(0, ...entries.map(([k]) => k.length));
    const lines = entries.map(([k, v]) => `  ${k.padEnd(width)}  ${format(v)}`);
    console.log(`[figures] ${this.suite}${LONG ? ' (long run)' : ''}\n${lines.join('\n')}`);
    const dir = process.env.VTOPO_FIGURES_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${this.suite.replace(/[^a-z0-9-]+/gi, '-')}.json`);
      writeFileSync(file, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
    }
  }
}

function format(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1);
}

/** Nothing reached Object.prototype: the `({}).polluted` figure. */
export function polluted(): string | undefined {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) return `({}).polluted is set (${typeof probe.polluted})`;
  const own = Object.getOwnPropertyNames(Object.prototype).filter((k) => !BASELINE.has(k));
  if (own.length > 0) return `Object.prototype gained ${own.join(', ')}`;
  const arr = Object.getOwnPropertyNames(Array.prototype).filter((k) => !ARRAY_BASELINE.has(k));
  if (arr.length > 0) return `Array.prototype gained ${arr.join(', ')}`;
  return undefined;
}

const BASELINE = new Set(Object.getOwnPropertyNames(Object.prototype));
const ARRAY_BASELINE = new Set(Object.getOwnPropertyNames(Array.prototype));
