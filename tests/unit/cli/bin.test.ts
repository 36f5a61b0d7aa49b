// Real processes: `node bin/vtopo.mjs ...` as a user or a script runs it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, WRONG, docText } from './memory-io';

const BIN = fileURLToPath(new URL('../../../bin/vtopo.mjs', import.meta.url));
const BIG = 5_000;

interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI in `cwd` (not the repository: it must not depend on where it is run). */
function vtopo(args: string[], cwd: string, closeEarly = false): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      if (closeEarly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() }),
    );
  });
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vtopo-bin-'));
  const many = Array.from({ length: BIG }, (_, i) => ({
    id: `os${i}`,
    kind: 'os',
    label: `Guest number ${i} with a label long enough to make the report big`,
    props: { family: 'linux' },
  }));
  await Promise.all([
    writeFile(join(dir, 'clean.vtopo'), CLEAN),
    writeFile(join(dir, 'wrong.vtopo'), WRONG),
    writeFile(join(dir, 'garbage.vtopo'), '\u0000\u0001 not json at all {{{'),
    writeFile(join(dir, 'newer.vtopo'), docText([], { version: 99 })),
    writeFile(join(dir, 'big.vtopo'), docText(many)),
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('bin/vtopo.mjs', () => {
  it('exits 0, 1 and 2 for a clean, a wrong and an unreadable document', async () => {
    const [clean, wrong, garbage, newer, missing] = await Promise.all([
      vtopo(['validate', 'clean.vtopo'], dir),
      vtopo(['validate', 'wrong.vtopo'], dir),
      vtopo(['validate', 'garbage.vtopo'], dir),
      vtopo(['validate', 'newer.vtopo'], dir),
      vtopo(['validate', 'missing.vtopo'], dir),
    ]);
    expect(clean).toEqual({ code: 0, out: 'no problems\n', err: '' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('stack/hypervisor-type1-on-hardware');
    for (const r of [garbage, newer, missing]) {
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^vtopo validate: \S+\.vtopo: [^\n]+\n$/);
      noStackTrace(r.err);
    }
  });

  it('prints JSON that parses, and the version', async () => {
    const [json, version] = await Promise.all([
      vtopo(['validate', '--json', 'wrong.vtopo'], dir),
      vtopo(['--version'], dir),
    ]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ file: 'wrong.vtopo' });
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown command with usage on stderr, exit 2', async () => {
    const r = await vtopo(['frobnicate'], dir);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe("vtopo: unknown command 'frobnicate'");
    noStackTrace(r.err);
  });

  it('flushes a large JSON report through a pipe completely', async () => {
    const r = await vtopo(['validate', 'big.vtopo', '--json'], dir);
    expect(r.err).toBe('');
    expect(r.out.length).toBeGreaterThan(1_000_000);
    const report = JSON.parse(r.out) as { diagnostics: { rule: string }[] };
    expect(report.diagnostics.filter((d) => d.rule === 'stack/unplaced')).toHaveLength(BIG);
    expect(r.code).toBe(0);
  });

  it('stays quiet when the reader closes the pipe early', async () => {
    const r = await vtopo(['validate', 'big.vtopo', '--json'], dir, true);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
