import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PngTooLargeError, exportSvg, svgSize } from '../../../app/export';
import type { PngScale } from '../../../app/export';
import { exportPng } from '../../../app/export/png-node';
import { docOf, loadTemplate } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('exportPng', () => {
  const svg = exportSvg(loadTemplate('containers'), { title: true });
  const size = svgSize(svg)!;

  it('is N times the SVG width and height at scale N', async () => {
    for (const scale of [1, 2, 3, 4] as PngScale[]) {
      const png = await exportPng(svg, { scale });
      expect(pngSize(png)).toEqual({ width: size.width * scale, height: size.height * scale });
    }
  });

  it('draws the picture: an opaque background and dark text pixels', async () => {
    const img = PNG.sync.read(Buffer.from(await exportPng(svg, { scale: 1 })));
    expect(img.data[3]).toBe(255);
    expect([img.data[0], img.data[1], img.data[2]]).toEqual([255, 255, 255]);
    let dark = 0;
    for (let i = 0; i < img.data.length; i += 4)
      if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 150) dark++;
    expect(dark).toBeGreaterThan(1000);
  });

  it('is transparent when the SVG is', async () => {
    const clear = exportSvg(loadTemplate('containers'), { transparent: true });
    const img = PNG.sync.read(Buffer.from(await exportPng(clear, { scale: 1 })));
    expect(img.data[3]).toBe(0);
  });

  it('is the same bytes every time', async () => {
    const a = await exportPng(svg, { scale: 2 });
    const b = await exportPng(svg, { scale: 2 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses an over-large picture with a clear message', async () => {
    const apps = Array.from({ length: 400 }, (_, i) => ({
      id: `a${i}`,
      kind: 'app',
      parent: 'os',
      label: `App ${i}`,
    }));
    const wide = exportSvg(
      docOf([{ id: 'hw', kind: 'hardware' }, { id: 'os', kind: 'os', parent: 'hw' }, ...apps]),
    );
    expect(svgSize(wide)!.width).toBeGreaterThan(16384);
    await expect(exportPng(wide, { scale: 1 })).rejects.toThrow(PngTooLargeError);
    await expect(exportPng(wide, { scale: 1 })).rejects.toThrow(/pixels.*export SVG instead/);
    // Fine at 1, too large at 4.
    const medium = exportSvg(
      docOf([
        { id: 'hw', kind: 'hardware' },
        { id: 'os', kind: 'os', parent: 'hw' },
        ...apps.slice(0, 60),
      ]),
    );
    await expect(exportPng(medium, { scale: 1 })).resolves.toBeInstanceOf(Uint8Array);
    await expect(exportPng(medium, { scale: 4 })).rejects.toThrow(PngTooLargeError);
  });

  it('refuses a scale outside 1 to 4', async () => {
    await expect(exportPng(svg, { scale: 5 as PngScale })).rejects.toThrow(RangeError);
  });
});
