// The CLI on the hostile documents: in-process (`main(argv, io)`) for the bulk, and a real
// `node bin/vtopo.mjs` for a sample. Exit 0, 1 or 2 with a one-line reason, never a stack
// trace; what it exports is a strict, inert SVG.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../app/cli/main';
import { memoryIO } from '../cli/memory-io';
import { exportProblems, validateProblems } from '../../hardening/cli-check';
import type { Ran } from '../../hardening/cli-check';
import { Figures, LONG, runs } from '../../hardening/figures';
import { PAYLOADS } from '../../hardening/hostile-text';
import {
  byteFlips,
  chain,
  encodings,
  numbers,
  protoKeys,
  randomCase,
  references,
  surrogates,
  templates,
  truncations,
  typeSwaps,
  utf16,
} from '../../hardening/mutations';
import type { Case } from '../../hardening/mutations';
import { checkSvg } from '../../hardening/svg-check';

const figures = new Figures('CLI on hostile documents', ['uncaught exceptions', 'stack traces']);
const all = templates();

afterAll(() => figures.report());

/** Runs validate (JSON and text, with and without colour) and export on one input. */
async function tryAll(c: Case, checkOutput: boolean): Promise<string[]> {
  const bytes = typeof c.input === 'string' ? new TextEncoder().encode(c.input) : c.input;
  const problems: string[] = [];
  const run = async (argv: string[], isTTY = false) => {
    const io = memoryIO({ 'in.vtopo': bytes }, isTTY);
    let code: number | null;
    try {
      code = await main(argv, io);
    } catch (err) {
      figures.add('uncaught exceptions');
      code = null;
      problems.push(`${c.name}: ${argv[0]} threw ${String(err)}`);
    }
    figures.add('runs');
    const r = { code, out: io.out(), err: io.err() };
    figures.add(`exit ${String(code)}`);
    return { r, io };
  };
  const json = await run(['validate', 'in.vtopo', '--json']);
  const text = await run(['validate', 'in.vtopo'], figures.get('runs') % 2 === 0);
  const out = await run(['export', 'in.vtopo', '-o', 'out.svg', '--title', '--legend', '--marks']);
  const note = (what: string, ps: string[]) =>
    ps.forEach((p) => {
      if (p.includes('stack trace')) figures.add('stack traces');
      problems.push(`${c.name}: ${what}: ${p}`);
    });
  note('validate --json', validateProblems(json.r, true, false));
  note('validate', validateProblems(text.r, false, figures.get('runs') % 2 === 0));
  note('export', exportProblems(out.r));
  if (json.r.code !== text.r.code) problems.push(`${c.name}: validate exits differ`);
  if ((json.r.code === 2) !== (out.r.code === 2))
    problems.push(`${c.name}: validate and export disagree`);
  if (checkOutput && out.r.code === 0) {
    const svg = out.io.written.get('out.svg');
    const { problems: bad } = checkSvg(typeof svg === 'string' ? svg : '');
    note('exported SVG', bad.slice(0, 3));
    figures.add('SVGs checked');
  }
  figures.add('documents tried');
  return problems;
}

async function expectCliHolds(cases: Iterable<Case>, every = 1): Promise<void> {
  const problems: string[] = [];
  let n = 0;
  for (const c of cases) {
    if (n++ % every !== 0) continue;
    problems.push(...(await tryAll(c, n % 5 === 1)));
  }
  expect(problems.slice(0, 20)).toEqual([]);
}

describe('vtopo validate and export, in-process', () => {
  it('on a template cut at every byte', async () => {
    await expectCliHolds(
      LONG ? all.flatMap((t) => [...truncations(t, 'UTF-8')]) : truncations(all[0]!, 'UTF-8'),
    );
  }, 300_000);

  it('on type swaps, prototype keys, surrogates, numbers, references, encodings, bad bytes', async () => {
    const every = LONG ? 1 : 7;
    for (const t of all) {
      await expectCliHolds(typeSwaps(t), every * 3);
      await expectCliHolds(protoKeys(t), every);
      await expectCliHolds(surrogates(t), every);
      await expectCliHolds(numbers(t), every);
      await expectCliHolds(references(t), every);
      await expectCliHolds(encodings(t));
      await expectCliHolds(byteFlips(t, 23), every);
    }
  }, 300_000);

  it('on random mutations (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(randomCase(all), async (c) => {
        expect(await tryAll(c, true)).toEqual([]);
      }),
      { numRuns: runs(150, 5000) },
    );
  }, 600_000);

  it('on a 10,000-deep chain: SVG exported, PNG refused as too large in one line', async () => {
    const deep: Case = { family: 'big', name: 'a 10,000-deep chain', input: chain(10_000, false) };
    expect(await tryAll(deep, true)).toEqual([]);
    const io = memoryIO({ 'in.vtopo': deep.input as string });
    const code = await main(['export', 'in.vtopo', '-o', 'out.png'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^vtopo export: out\.png: [^\n]+\n$/);
  }, 120_000);
});

describe('node bin/vtopo.mjs, a real process', () => {
  const BIN = fileURLToPath(new URL('../../../bin/vtopo.mjs', import.meta.url));
  let dir = '';

  function vtopo(args: string[]): Promise<Ran> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() }),
      );
    });
  }

  const t = all[0]!;
  const hostile = JSON.stringify({
    format: 'vtopo',
    version: 1,
    title: PAYLOADS.closeTitle,
    nodes: [
      { id: 'a', kind: 'os', label: `${PAYLOADS.controls} ${PAYLOADS.rlo}`, props: {} },
      { id: '\u001b]0;pwned\u0007', kind: '<script>', label: PAYLOADS.script, props: {} },
    ],
  });
  const files: Record<string, string | Uint8Array> = {
    'cut.vtopo': t.text.slice(0, t.text.length >> 1),
    'utf16be.vtopo': utf16(t.text, false, false),
    'proto.vtopo':
      '{"format":"vtopo","version":1,"__proto__":{"polluted":1},"nodes":[{"id":"__proto__","kind":"constructor","props":{"__proto__":{"x":1}}}]}',
    'deep.vtopo': chain(10_000, true),
    'bytes.vtopo': new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0xc3]),
    'hostile.vtopo': hostile,
    'numbers.vtopo':
      '{"format":"vtopo","version":1,"nodes":[{"id":"h","kind":"hardware","props":{"cpuCores":1e400,"memoryGiB":-1e400}}]}',
    'newer.vtopo': '{"format":"vtopo","version":1e400}',
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vtopo-hardening-cli-'));
    await mkdir(join(dir, 'folder.vtopo'));
    await Promise.all(
      Object.entries(files).map(([name, data]) => writeFile(join(dir, name), data)),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('exits 0, 1 or 2 with one line of reason, never a stack trace', async () => {
    // Each process starts tsx, most of a second on a busy machine: the fast slice runs a
    // sample, two at a time; the long run runs both commands on every file.
    const names = [...Object.keys(files), 'folder.vtopo', 'missing.vtopo'];
    const jobs: [string, 'validate' | 'export'][] = LONG
      ? names.flatMap((n) => [
          [n, 'validate'],
          [n, 'export'],
        ])
      : [
          ['hostile.vtopo', 'validate'],
          ['cut.vtopo', 'validate'],
          ['utf16be.vtopo', 'export'],
          ['folder.vtopo', 'export'],
        ];
    const results: [string, 'validate' | 'export', Ran][] = [];
    for (let i = 0; i < jobs.length; i += 2) {
      results.push(
        ...(await Promise.all(
          jobs.slice(i, i + 2).map(async ([name, command]) => {
            const args = command === 'validate' ? [name] : [name, '-o', `${name}.svg`];
            return [name, command, await vtopo([command, ...args])] as [
              string,
              typeof command,
              Ran,
            ];
          }),
        )),
      );
    }
    const problems: string[] = [];
    for (const [name, command, r] of results) {
      figures.add('real processes');
      const found = command === 'validate' ? validateProblems(r, false, false) : exportProblems(r);
      for (const p of found) {
        if (p.includes('stack trace')) figures.add('stack traces');
        problems.push(`${name}: ${command}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    const want: Record<string, number> = {
      'cut.vtopo': 2,
      'utf16be.vtopo': 0,
      'proto.vtopo': 0,
      'deep.vtopo': 1,
      'bytes.vtopo': 2,
      'hostile.vtopo': 1,
      'numbers.vtopo': 1,
      'newer.vtopo': 2,
      'folder.vtopo': 2,
      'missing.vtopo': 2,
    };
    for (const [name, command, r] of results) {
      const code = command === 'export' && want[name] === 1 ? 0 : want[name];
      expect(r.code, `${command} ${name}`).toBe(code);
    }
    const hostileOut = results.find(([n, c]) => n === 'hostile.vtopo' && c === 'validate')![2].out;
    // eslint-disable-next-line no-control-regex -- the characters that must not get through
    expect(hostileOut).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(hostileOut).toContain('\\u001b');
  }, 180_000);
});
