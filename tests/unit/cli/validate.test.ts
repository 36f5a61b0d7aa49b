import { describe, expect, it } from 'vitest';
import { main } from '../../../app/cli/main';
import { CLEAN, UNPLACED, WRONG, docText, memoryIO } from './memory-io';

const ESC = '\u001b';

async function run(argv: string[], files: Record<string, string | Uint8Array>, isTTY = false) {
  const io = memoryIO(files, isTTY);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface Report {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; elements: string[] }[];
}

describe('vtopo validate: exit codes', () => {
  it('exits 0 with "no problems" for a document with nothing wrong', async () => {
    const r = await run(['validate', 'ok.vtopo'], { 'ok.vtopo': CLEAN });
    expect(r.code).toBe(0);
    expect(r.out).toBe('no problems\n');
    expect(r.err).toBe('');
  });

  it('exits 0 when only warnings remain', async () => {
    const r = await run(['validate', 'u.vtopo', '--json'], { 'u.vtopo': UNPLACED });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'stack/unplaced', severity: 'warning', elements: ['os1'] }),
    );
    expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(false);
  });

  it('exits 1 when a diagnostic is an error', async () => {
    const r = await run(['validate', 'bad.vtopo'], { 'bad.vtopo': WRONG });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /^bad\.vtopo: "ESXi" \(hv1\): error \[stack\/hypervisor-type1-on-hardware\] /m,
    );
    expect(r.out).toMatch(/^\d+ problems? \(\d+ errors?.*\)\n$/m);
  });

  it('counts a setting that raises a rule to error', async () => {
    const raised = JSON.stringify({
      ...JSON.parse(UNPLACED),
      settings: { rules: { 'stack/unplaced': 'error' } },
    });
    const r = await run(['validate', 'r.vtopo', '--json'], { 'r.vtopo': raised });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as Report).diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'stack/unplaced', severity: 'error' }),
    );
    const off = JSON.stringify({
      ...JSON.parse(WRONG),
      settings: { rules: { 'stack/hypervisor-type1-on-hardware': 'off' } },
    });
    expect((await run(['validate', 'o.vtopo'], { 'o.vtopo': off })).code).toBe(0);
  });

  it.each([
    ['not JSON', '{"format": "vtopo", '],
    ['empty', ''],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
    ['another format', JSON.stringify({ format: 'drawio', version: 1, nodes: [] })],
    ['no format', JSON.stringify({ version: 1, nodes: [] })],
    ['a newer version', docText([], { version: 99 })],
    ['binary', new Uint8Array([0xff, 0xfe, 0x00, 0x1b, 0x5b, 0x32, 0x4a])],
  ])('exits 2 with one line on stderr for %s', async (_what, content) => {
    for (const extra of [[], ['--json']]) {
      const r = await run(['validate', 'f.vtopo', ...extra], { 'f.vtopo': content });
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^vtopo validate: f\.vtopo: [^\n]+\n$/);
      expect(r.err).not.toContain(ESC);
    }
  });

  it('exits 2 for a file that cannot be read', async () => {
    const r = await run(['validate', 'nowhere.vtopo'], {});
    expect(r.code).toBe(2);
    expect(r.err).toBe('vtopo validate: nowhere.vtopo: no such file\n');
  });

  it('exits 2 without FILE or with two of them', async () => {
    expect((await run(['validate'], {})).code).toBe(2);
    const two = await run(['validate', 'a', 'b'], { a: CLEAN, b: CLEAN });
    expect(two.code).toBe(2);
    expect(two.err.split('\n')[0]).toBe("vtopo: unexpected argument 'b'");
  });
});

describe('vtopo validate --json', () => {
  it('prints exactly {file, diagnostics: [{rule, severity, message, elements}]}, file as given', async () => {
    const r = await run(['validate', '--json', './dir/../bad.vtopo'], {
      './dir/../bad.vtopo': WRONG,
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(Object.keys(report)).toEqual(['file', 'diagnostics']);
    expect(report.file).toBe('./dir/../bad.vtopo');
    expect(report.diagnostics.length).toBeGreaterThan(0);
    for (const d of report.diagnostics) {
      expect(Object.keys(d)).toEqual(['rule', 'severity', 'message', 'elements']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.elements.every((e) => typeof e === 'string')).toBe(true);
    }
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'stack/hypervisor-type1-on-hardware', elements: ['hv1'] }),
    );
  });

  it('prints an empty list for a clean document and never colours JSON', async () => {
    const r = await run(['validate', 'ok.vtopo', '--json'], { 'ok.vtopo': CLEAN }, true);
    expect(JSON.parse(r.out)).toEqual({ file: 'ok.vtopo', diagnostics: [] });
    expect(r.out).not.toContain(ESC);
  });

  it('includes load diagnostics (a repaired document still validates)', async () => {
    const text = docText([
      { id: 'hw1', kind: 'hardware', props: { arch: 'sparc' } },
      { id: 'x1', kind: 'toaster', parent: 'hw1' },
    ]);
    const r = await run(['validate', 'd.vtopo', '--json'], { 'd.vtopo': text });
    const rules = (JSON.parse(r.out) as Report).diagnostics.map((d) => d.rule);
    expect(rules).toContain('doc/invalid-value');
    expect(rules).toContain('doc/unknown-kind');
    expect(r.code).toBe(1);
  });
});

describe('vtopo validate: human output', () => {
  it('colours severities on a terminal, and not otherwise', async () => {
    const tty = await run(['validate', 'bad.vtopo'], { 'bad.vtopo': WRONG }, true);
    expect(tty.out).toContain(`${ESC}[31merror${ESC}[39m`);
    const pipe = await run(['validate', 'bad.vtopo'], { 'bad.vtopo': WRONG }, false);
    expect(pipe.out).not.toContain(ESC);
    const warn = await run(['validate', 'u.vtopo'], { 'u.vtopo': UNPLACED }, true);
    expect(warn.out).toContain(`${ESC}[33mwarning${ESC}[39m`);
  });

  it('prints one line per diagnostic and a summary that counts them', async () => {
    const text = docText([
      { id: 'a', kind: 'os', props: { family: 'linux' } },
      { id: 'b', kind: 'os', props: { family: 'linux' } },
      { id: 'hw', kind: 'hardware', parent: 'a' },
    ]);
    const r = await run(['validate', 'm.vtopo', '--json'], { 'm.vtopo': text });
    const report = JSON.parse(r.out) as Report;
    const human = await run(['validate', 'm.vtopo'], { 'm.vtopo': text });
    const lines = human.out.trimEnd().split('\n');
    expect(lines).toHaveLength(report.diagnostics.length + 1);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(1);
    expect(lines.at(-1)).toContain(`${report.diagnostics.length} problems (${errors} error`);
    expect(lines.at(-1)).toContain(`${warnings} warnings`);
  });

  it('cannot be made to emit control characters by a hostile label or file name', async () => {
    const text = docText([
      {
        id: 'os1',
        kind: 'os',
        label: `evil${ESC}[2J\nfake: no problems\u202e`,
        props: { family: 'linux' },
      },
    ]);
    const name = `x${ESC}[31m.vtopo`;
    const r = await run(['validate', name], { [name]: text });
    expect(r.out).not.toContain(ESC);
    expect(r.out).not.toContain('\u202e');
    expect(r.out.trimEnd().split('\n')).toHaveLength(2);
    expect(r.out).toContain('\\u001b[2J');
  });

  it('names elements by label and id', async () => {
    const r = await run(['validate', 'u.vtopo'], { 'u.vtopo': UNPLACED });
    expect(r.out).toMatch(/^u\.vtopo: "Lonely" \(os1\): warning \[stack\/unplaced\] .+$/m);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 problem (1 warning)');
  });
});
