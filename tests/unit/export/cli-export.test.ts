import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../app/cli/commands/export';
import { main } from '../../../app/cli/main';
import { CLEAN, WRONG, memoryIO } from '../cli/memory-io';
import { parseSvg } from './svg-tree';
import { templatePath } from './fixtures';

function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('vtopo export', () => {
  it('writes an SVG', async () => {
    const io = memoryIO({ 'a.vtopo': CLEAN });
    expect(await exportCommand(['a.vtopo', '-o', 'a.svg'], io)).toBe(0);
    const svg = io.written.get('a.svg') as string;
    expect(parseSvg(svg).name).toBe('svg');
    expect(io.err()).toBe('');
  });

  it('writes a PNG at --scale N, N times the SVG', async () => {
    const template = new Uint8Array(readFileSync(templatePath('mixed')));
    const io = memoryIO({ 'm.vtopo': template });
    expect(await exportCommand(['m.vtopo', '-o', 'm.svg'], io)).toBe(0);
    expect(await exportCommand(['m.vtopo', '-o', 'm.png', '--scale', '3'], io)).toBe(0);
    const root = parseSvg(io.written.get('m.svg') as string);
    expect(pngSize(io.written.get('m.png') as Uint8Array)).toEqual([
      Number(root.attrs.width) * 3,
      Number(root.attrs.height) * 3,
    ]);
  });

  it('takes a theme, transparency, a title and a legend', async () => {
    const io = memoryIO({ 'a.vtopo': docTitled() });
    const args = [
      'a.vtopo',
      '-o',
      'x.SVG',
      '--theme',
      'dark',
      '--transparent',
      '--title',
      '--legend',
    ];
    expect(await main(['export', ...args], io)).toBe(0);
    const svg = io.written.get('x.SVG') as string;
    expect(svg).toContain('>My stack</text>');
    expect(svg).toContain('data-legend');
    expect(svg).toContain('#13528a');
    expect(svg).not.toContain('fill="#111820"/>');
  });

  it('still exports a document with diagnostics, and marks them only with --marks', async () => {
    const io = memoryIO({ 'w.vtopo': WRONG });
    expect(await exportCommand(['w.vtopo', '-o', 'w.svg'], io)).toBe(0);
    expect(io.written.get('w.svg')).not.toContain('data-severity');
    expect(await exportCommand(['w.vtopo', '-o', 'w2.svg', '--marks'], io)).toBe(0);
    expect(io.written.get('w2.svg')).toContain('data-severity="error"');
  });

  const unreadable: [string, string | Uint8Array, RegExp][] = [
    ['not JSON', '{ nope', /not JSON/],
    ['not a vtopo document', '{"format":"drawio","version":1}', /./],
    [
      'from a newer vtopo',
      '{"format":"vtopo","version":99,"nodes":[],"links":[],"settings":{}}',
      /newer|version/i,
    ],
    ['binary junk', new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80]), /./],
  ];
  for (const [what, content, reason] of unreadable) {
    it(`exits 2 with a one-line reason on a file that is ${what}`, async () => {
      const io = memoryIO({ 'bad.vtopo': content });
      expect(await exportCommand(['bad.vtopo', '-o', 'bad.svg'], io)).toBe(2);
      expect(io.written.size).toBe(0);
      const err = io.err();
      expect(err).toMatch(/^vtopo export: bad\.vtopo: .+\n$/);
      expect(err).toMatch(reason);
      expect(err).not.toMatch(/\n\s+at /);
    });
  }

  it('exits 2 on a missing file', async () => {
    const io = memoryIO({});
    expect(await exportCommand(['gone.vtopo', '-o', 'x.svg'], io)).toBe(2);
    expect(io.err()).toBe('vtopo export: gone.vtopo: no such file\n');
  });

  const badArgs: string[][] = [
    ['a.vtopo'],
    ['-o', 'x.svg'],
    ['a.vtopo', '-o', 'x.jpg'],
    ['a.vtopo', '-o', 'x.png', '--scale', '5'],
    ['a.vtopo', '-o', 'x.png', '--scale', '1.5'],
    ['a.vtopo', '-o', 'x.svg', '--scale', '2'],
    ['a.vtopo', '-o', 'x.svg', '--theme', 'blue'],
    ['a.vtopo', '-o', 'x.svg', '--frobnicate'],
    ['a.vtopo', 'b.vtopo', '-o', 'x.svg'],
  ];
  for (const args of badArgs) {
    it(`exits 2 on bad arguments: ${args.join(' ')}`, async () => {
      const io = memoryIO({ 'a.vtopo': CLEAN });
      expect(await exportCommand(args, io)).toBe(2);
      expect(io.err().split('\n')[0]).toMatch(/^vtopo: /);
      expect(io.written.size).toBe(0);
    });
  }

  it('exits 2 when the PNG would be too large, saying why', async () => {
    const apps = Array.from({ length: 400 }, (_, i) => ({
      id: `a${i}`,
      kind: 'app',
      parent: 'os',
      props: {},
    }));
    const nodes = [
      { id: 'hw', kind: 'hardware', props: {} },
      { id: 'os', kind: 'os', parent: 'hw', props: {} },
      ...apps,
    ];
    const io = memoryIO({
      'w.vtopo': JSON.stringify({ format: 'vtopo', version: 1, nodes, links: [], settings: {} }),
    });
    expect(await exportCommand(['w.vtopo', '-o', 'w.png'], io)).toBe(2);
    expect(io.err()).toMatch(/^vtopo export: w\.png: the picture would be \d+ x \d+ pixels/);
  });

  it('exits 2 when OUT cannot be written', async () => {
    const io = memoryIO({ 'a.vtopo': CLEAN });
    const failing = {
      ...io,
      writeFile: async () => Promise.reject(new Error('EACCES: permission denied')),
    };
    expect(await exportCommand(['a.vtopo', '-o', 'x.svg'], failing)).toBe(2);
    expect(io.err()).toMatch(/^vtopo export: x\.svg: cannot write it: EACCES/);
  });
});

function docTitled(): string {
  return JSON.stringify({
    format: 'vtopo',
    version: 1,
    title: 'My stack',
    nodes: [
      { id: 'hw', kind: 'hardware', props: {} },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
    ],
    links: [],
    settings: {},
  });
}
