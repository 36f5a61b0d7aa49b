// The small pieces of the shell: argv, titles, file names, the help pages, the PNG rasterizer.
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../app/rules/catalogue';
import type { RuleModule } from '../../../app/rules/types';
import { safeFileName, withExtension } from '../../../main/documents/file-names';
import { cleanTitle, windowTitle } from '../../../main/documents/title';
import { exportImage } from '../../../main/export/export-image';
import { resvgRasterize } from '../../../main/export/resvg-rasterize';
import { aboutBox } from '../../../main/help/about';
import { catalogueHtml, catalogueUrl } from '../../../main/help/catalogue-html';
import { documentPathsFromArgv } from '../../../main/os/argv';
import { docText } from './fakes';

describe('documentPathsFromArgv', () => {
  it('packaged: skips the executable and switches, resolves relative names against the caller', () => {
    const argv = [
      '/opt/vtopo/vtopo',
      '--no-sandbox',
      'lab.vtopo',
      '/abs/b.VTOPO',
      'notes.txt',
      'file:///c/d.json',
      '--',
      'lab.vtopo',
    ];
    expect(documentPathsFromArgv(argv, '/home/u', true)).toEqual([
      '/home/u/lab.vtopo',
      '/abs/b.VTOPO',
      '/c/d.json',
    ]);
  });

  it('from source: also skips the app path', () => {
    expect(documentPathsFromArgv(['electron', '.', 'a.vtopo'], '/w', false)).toEqual([
      '/w/a.vtopo',
    ]);
    expect(documentPathsFromArgv(['electron', 'x.vtopo'], '/w', false)).toEqual([]);
  });

  it('takes at most 32 files', () => {
    const many = Array.from({ length: 100 }, (_, i) => `${i}.vtopo`);
    expect(documentPathsFromArgv(['vtopo', ...many], '/w', true)).toHaveLength(32);
  });
});

describe('titles and names', () => {
  it('window titles per platform', () => {
    expect(windowTitle('a.vtopo', true, 'linux')).toBe('• a.vtopo — vtopo');
    expect(windowTitle('a.vtopo', false, 'win32')).toBe('a.vtopo — vtopo');
    expect(windowTitle('a.vtopo', true, 'darwin')).toBe('a.vtopo — Edited');
    expect(windowTitle('  ', false, 'linux')).toBe('Untitled — vtopo');
    expect(Array.from(cleanTitle('x'.repeat(500)))).toHaveLength(120);
  });

  it('suggested file names are plain names', () => {
    expect(safeFileName('Type 1: hypervisors', '.vtopo')).toBe('Type 1- hypervisors.vtopo');
    expect(safeFileName('a.vtopo', '.vtopo')).toBe('a.vtopo');
    expect(safeFileName('C:\\Windows\\evil', '.svg')).toBe('C-Windows-evil.svg');
    expect(safeFileName('...', '.png')).toBe('Untitled.png');
    expect(safeFileName('con', '.vtopo')).toBe('con-file.vtopo');
    expect(withExtension('/d/a', '.vtopo')).toBe('/d/a.vtopo');
    expect(withExtension('/d/a.VTOPO', '.vtopo')).toBe('/d/a.VTOPO');
    expect(withExtension('/d/a.json', '.vtopo', ['.json'])).toBe('/d/a.json');
  });
});

describe('help', () => {
  it('the rule catalogue lists every rule, escaped, with no script', () => {
    const html = catalogueHtml(RULES);
    for (const rule of RULES) expect(html).toContain(`<code>${rule.meta.id}</code>`);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
    const hostile = {
      meta: {
        id: 'x/<b>',
        category: 'doc',
        severity: 'error',
        title: '<img src=x onerror=alert(1)>',
        explanation: '"&\'',
      },
    } as unknown as RuleModule;
    const escaped = catalogueHtml([hostile]);
    expect(escaped).not.toContain('<img');
    expect(escaped).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(catalogueUrl(RULES)).toMatch(/^data:text\/html;charset=utf-8;base64,/);
  });

  it('About names the version and the engines', () => {
    const box = aboutBox({
      appName: 'vtopo',
      version: '0.1.0',
      electron: '41.7.1',
      chrome: '140',
      node: '22',
    });
    expect(box.message).toBe('vtopo 0.1.0');
    expect(box.detail).toContain('Electron 41.7.1, Chromium 140, Node.js 22.');
  });
});

describe('PNG export in the desktop app', () => {
  it('resvg with the bundled fonts draws the document at twice the SVG size', async () => {
    const fonts = ['Inter-Regular.otf', 'Inter-SemiBold.otf'].map((f) =>
      join(import.meta.dirname, '../../../assets/fonts', f),
    );
    const svg = await exportImage(docText('Rasterized'), 'svg', resvgRasterize(fonts));
    const png = await exportImage(docText('Rasterized'), 'png', resvgRasterize(fonts));
    if (!svg.ok || !png.ok) throw new Error('export failed');
    const width = Number(/width="(\d+)"/.exec(svg.data as string)?.[1]);
    const image = PNG.sync.read(Buffer.from(png.data as Uint8Array));
    expect(image.width).toBe(width * 2);
    expect(png.mime).toBe('image/png');
  });

  it('a document that cannot be read is not exported', async () => {
    expect(await exportImage('{', 'svg', async () => new Uint8Array())).toMatchObject({
      ok: false,
      error: /not JSON/,
    });
  });
});
