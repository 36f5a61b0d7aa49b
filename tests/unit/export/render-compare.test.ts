// The exported SVG must look the same everywhere: Chromium (with the embedded font) and
// librsvg's rsvg-convert (which ignores @font-face and finds Inter through fontconfig)
// draw each template to nearly the same pixels, and so does resvg, which makes our PNGs.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSvg, svgSize } from '../../../app/export';
import type { SvgOptions } from '../../../app/export';
import { exportPng } from '../../../app/export/png-node';
import { TEMPLATES, loadTemplate } from './fixtures';

const CHROMIUM = '/usr/bin/chromium';
const RSVG = ['/usr/bin/rsvg-convert', '/usr/local/bin/rsvg-convert'].find((p) => existsSync(p));
const available = existsSync(CHROMIUM) && RSVG !== undefined;
if (!available) {
  console.warn(
    'render-compare: skipped, needs /usr/bin/chromium and rsvg-convert (Debian: chromium, librsvg2-bin)',
  );
}

/** At most this share of pixels may differ (anti-aliasing of text and curves differs). */
const MAX_DIFF = 0.01;
const FONTS = new URL('../../../assets/fonts/', import.meta.url).pathname;

function decode(png: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(png));
}

function diffShare(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const n = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return n / (a.width * a.height);
}

describe.skipIf(!available)('rendering in Chromium, librsvg and resvg', () => {
  let browser: Browser;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vtopo-render-'));
    // rsvg-convert sees the bundled Inter files (only those) through its own fontconfig
    // file, so the comparison does not depend on what the machine has installed.
    mkdirSync(join(dir, 'fonts'));
    for (const f of ['Inter-Regular.otf', 'Inter-SemiBold.otf'])
      copyFileSync(FONTS + f, join(dir, 'fonts', f));
    writeFileSync(
      join(dir, 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
        `<dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir>` +
        `<include ignore_missing="yes">/etc/fonts/fonts.conf</include></fontconfig>`,
    );
    env = { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function inChromium(svg: string): Promise<PNG> {
    const { width, height } = svgSize(svg)!;
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    try {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      await page.evaluate('document.fonts.ready');
      return decode(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
    } finally {
      await page.close();
    }
  }

  function inLibrsvg(svg: string, name: string): PNG {
    const file = join(dir, `${name}.svg`);
    writeFileSync(file, svg);
    execFileSync(RSVG!, ['-o', join(dir, `${name}.png`), file], { env });
    return decode(readFileSync(join(dir, `${name}.png`)));
  }

  const variants: [string, SvgOptions][] = [
    ['light', { title: true, legend: true }],
    ['dark', { theme: 'dark', title: true, legend: true }],
  ];
  for (const name of TEMPLATES) {
    for (const [variant, opts] of variants) {
      it(`draws ${name} (${variant}) alike in all three`, async () => {
        const svg = exportSvg(loadTemplate(name), opts);
        const chrome = await inChromium(svg);
        const rsvg = inLibrsvg(svg, `${name}-${variant}`);
        const resvg = decode(await exportPng(svg, { scale: 1 }));
        expect(diffShare(chrome, rsvg)).toBeLessThan(MAX_DIFF);
        expect(diffShare(chrome, resvg)).toBeLessThan(MAX_DIFF);
      }, 60_000);
    }
  }

  it('notices a real difference (the comparison can fail)', async () => {
    const doc = loadTemplate('mixed');
    const a = await inChromium(exportSvg(doc));
    const b = await inChromium(exportSvg(doc, { theme: 'dark' }));
    expect(diffShare(a, b)).toBeGreaterThan(MAX_DIFF);
  }, 60_000);
});
