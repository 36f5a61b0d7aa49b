// The kill -9 harness: a child process saves documents over one file with the app's atomic
// save and is SIGKILLed, again and again: at random moments, and (through the save's hooks)
// right after the write, after the fsync and after the rename. After every kill the file
// must be exactly one whole version, the old or the new one, never torn; and the temp files
// killed saves leave behind must be removed by the start-up clean-up (cleanStaleTemps).
//
// SIGKILL stops the process, not the machine: the page cache survives it, so this proves
// the ordering of the save (what a crash of the app can leave), not the fsyncs (what a
// power cut can leave), which need real power loss to test.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanStaleTemps, tempWriterPid } from '../main/fs/temp-names';
import { claimedVersion, harnessDocument } from './kill-harness.doc';

export type KillMode = 'random' | 'afterWrite' | 'afterFsync' | 'afterRename';

/** Half the kills at random moments, the other half spread over the three points. */
const SCHEDULE: readonly KillMode[] = [
  'random',
  'afterWrite',
  'random',
  'afterFsync',
  'random',
  'afterRename',
];

export interface HarnessOptions {
  readonly kills: number;
  /** The longest a random kill waits after the child starts saving (default 250 ms). */
  readonly maxDelayMs?: number;
  readonly seed?: number;
  /** Children started ahead of time (default 3). */
  readonly warm?: number;
  readonly onProgress?: (done: number, report: HarnessReport) => void;
}

export interface HarnessReport {
  kills: number;
  byMode: Record<KillMode, number>;
  /** Kills that caught a save half done (a temp file was left behind). */
  midSave: number;
  /** Temp files the start-up clean-up removed. */
  tempsCleaned: number;
  /** Kills after which the file was not exactly one whole version. */
  torn: number;
  failures: string[];
  /** Versions saved over the run (the last version on disk). */
  lastVersion: number;
  elapsedMs: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHILD_SOURCES: readonly [string, string][] = [
  ['main/fs/atomic-write.ts', 'atomic-write.mjs'],
  ['main/fs/temp-names.ts', 'temp-names.mjs'],
  ['scripts/kill-harness.doc.ts', 'kill-harness.doc.mjs'],
  ['scripts/kill-harness.child.ts', 'child.mjs'],
];

/** The child as plain ES modules (node starts it in tens of ms; tsx would take hundreds). */
async function buildChild(dir: string): Promise<string> {
  const { default: ts } = await import('typescript');
  const rename = new Map(
    CHILD_SOURCES.map(([src, out]) => [src.replace(/^.*\//, '').replace(/\.ts$/, ''), out]),
  );
  for (const [src, out] of CHILD_SOURCES) {
    const source = await readFile(join(ROOT, src), 'utf8');
    let js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
      },
    }).outputText;
    js = js.replace(/from '((?:\.\.?\/)[^']+)'/g, (_m, spec: string) => {
      const base = spec.replace(/^.*\//, '');
      const mapped = rename.get(base);
      if (!mapped) throw new Error(`kill harness: unexpected import ${spec} in ${src}`);
      return `from './${mapped}'`;
    });
    await writeFile(join(dir, out), js);
  }
  return join(dir, 'child.mjs');
}

/** A small seeded generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

interface ChildRun {
  lastSaved: number | undefined;
  sawPoint: boolean;
}

/**
 * A child started ahead of time, waiting for "go": starting node takes far longer than a
 * kill, so a few children start while another is being killed and checked.
 */
class WarmChild {
  private readonly proc;
  private readonly lines: string[] = [];
  private onLine: ((line: string) => void) | undefined;
  private readonly exited: Promise<string | null>;
  private stderr = '';
  readonly ready: Promise<void>;

  constructor(child: string, target: string, scratch: string) {
    this.proc = spawn(process.execPath, [child, target, scratch], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffered = '';
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (this.onLine) this.onLine(line);
        else this.lines.push(line);
      }
    });
    this.proc.stderr.setEncoding('utf8');
    this.proc.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve, reject) => {
      this.proc.on('error', reject);
      this.proc.on('exit', (_code, signal) => resolve(signal));
    });
    this.ready = new Promise((resolve, reject) => {
      this.onLine = (line) => {
        if (line === 'ready') {
          this.onLine = undefined;
          resolve();
        }
      };
      void this.exited.then(() =>
        reject(new Error(`child died before it was ready: ${this.stderr}`)),
      );
    });
  }

  /** Starts saving at version `first`; SIGKILLs it after `delayMs` or at its point. */
  async run(first: number, mode: KillMode, delayMs: number): Promise<ChildRun> {
    await this.ready;
    const run: ChildRun = { lastSaved: undefined, sawPoint: false };
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      this.proc.kill('SIGKILL');
    };
    // A child that never reaches its point (a bug) must not hang the harness.
    const guard = setTimeout(kill, 10_000);
    this.onLine = (line) => {
      if (line.startsWith('saved ')) run.lastSaved = Number(line.slice(6));
      else if (line.startsWith('at ')) {
        run.sawPoint = true;
        kill();
      }
    };
    this.proc.stdin.write(`go ${first} ${mode}\n`);
    if (mode === 'random') setTimeout(kill, delayMs);
    const signal = await this.exited;
    clearTimeout(guard);
    if (signal !== 'SIGKILL')
      throw new Error(`child exited by itself (${String(signal)}): ${this.stderr}`);
    return run;
  }

  async dispose(): Promise<void> {
    this.proc.kill('SIGKILL');
    await this.exited.catch(() => undefined);
  }
}

async function tempsIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => tempWriterPid(n) !== undefined);
}

export async function runKillHarness(options: HarnessOptions): Promise<HarnessReport> {
  const started = Date.now();
  const next = random(options.seed ?? 0x5eed);
  const maxDelay = options.maxDelayMs ?? 250;
  const work = await mkdtemp(join(tmpdir(), 'vtopo-kill-'));
  const report: HarnessReport = {
    kills: 0,
    byMode: { random: 0, afterWrite: 0, afterFsync: 0, afterRename: 0 },
    midSave: 0,
    tempsCleaned: 0,
    torn: 0,
    failures: [],
    lastVersion: 0,
    elapsedMs: 0,
  };
  const pool: WarmChild[] = [];
  try {
    const child = await buildChild(work);
    const docs = join(work, 'docs');
    const scratch = join(work, 'scratch');
    await mkdir(docs);
    await mkdir(scratch);
    const target = join(docs, 'topology.vtopo');
    // Files a clean-up must never touch.
    await writeFile(join(docs, 'notes.txt'), 'keep');
    await writeFile(join(docs, '.topology.vtopo.swp'), 'keep');
    await writeFile(target, harnessDocument(0));
    let onDisk = 0;
    const warm = Math.max(1, options.warm ?? 3);
    const refill = () => {
      while (pool.length < Math.min(warm, options.kills - report.kills))
        pool.push(new WarmChild(child, target, scratch));
    };
    refill();

    for (let i = 0; i < options.kills; i++) {
      const mode = SCHEDULE[i % SCHEDULE.length]!;
      // "The next start": what crashed saves left is cleaned before anything else.
      report.tempsCleaned += (await cleanStaleTemps(docs)).length;
      const left = await tempsIn(docs);
      if (left.length > 0)
        report.failures.push(`kill ${i}: temp files survived the clean-up: ${left.join(', ')}`);

      const delay = Math.floor(next() * maxDelay);
      const proc = pool.shift()!;
      const run = await proc.run(onDisk + 1, mode, delay);
      report.kills++;
      refill();
      report.byMode[mode]++;

      const text = await readFile(target, 'utf8');
      const version = claimedVersion(text);
      const whole = version !== undefined && text === harnessDocument(version);
      const base = run.lastSaved ?? onDisk;
      const allowed =
        mode === 'random' ? [base, base + 1] : mode === 'afterRename' ? [onDisk + 1] : [onDisk];
      const temps = await tempsIn(docs);
      if (temps.length > 0) report.midSave++;
      if (!whole) {
        report.torn++;
        report.failures.push(`kill ${i} (${mode}, ${delay} ms): the file is not one whole version`);
      } else if (!allowed.includes(version)) {
        report.failures.push(
          `kill ${i} (${mode}): version ${version} on disk, expected one of ${allowed.join(', ')}`,
        );
      }
      if (mode !== 'random' && !run.sawPoint)
        report.failures.push(`kill ${i}: the child never reached ${mode}`);
      if ((mode === 'afterWrite' || mode === 'afterFsync') && temps.length !== 1) {
        report.failures.push(
          `kill ${i} (${mode}): expected the half-done save's temp file, found ${temps.length}`,
        );
      }
      if (mode === 'afterRename' && temps.length !== 0)
        report.failures.push(`kill ${i} (afterRename): a temp file remained`);
      if (whole) onDisk = version;
      options.onProgress?.(i + 1, report);
    }
    report.tempsCleaned += (await cleanStaleTemps(docs)).length;
    const finalLeft = await tempsIn(docs);
    if (finalLeft.length > 0)
      report.failures.push(`temp files survived the final clean-up: ${finalLeft.join(', ')}`);
    const kept = (await readdir(docs)).sort();
    if (kept.join() !== ['.topology.vtopo.swp', 'notes.txt', 'topology.vtopo'].join()) {
      report.failures.push(`the clean-up touched other files: ${kept.join(', ')}`);
    }
    report.lastVersion = onDisk;
  } finally {
    await Promise.all(pool.map((p) => p.dispose()));
    report.elapsedMs = Date.now() - started;
    await rm(work, { recursive: true, force: true });
  }
  return report;
}
