// The Node rasterizer: resvg (its binary ships inside its npm package) with the bundled
// Inter files and no system fonts, so a PNG comes out the same on every machine.
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { exportPngWith } from './png';
import type { PngOptions, Rasterizer } from './png';

const FONT_FILES = ['Inter-Regular.otf', 'Inter-SemiBold.otf'].map((f) =>
  fileURLToPath(new URL(`../../assets/fonts/${f}`, import.meta.url)),
);

export const resvgRasterizer: Rasterizer = {
  async render(svg, { scale, background }) {
    const resvg = new Resvg(svg, {
      font: {
        loadSystemFonts: false,
        fontFiles: FONT_FILES,
        defaultFontFamily: 'Inter',
        sansSerifFamily: 'Inter',
      },
      fitTo: { mode: 'zoom', value: scale },
      ...(background ? { background } : {}),
      logLevel: 'off',
    });
    return new Uint8Array(resvg.render().asPng());
  },
};

/** Rasterizes an SVG made by exportSvg; see exportPngWith for the limits. */
export function exportPng(
  svg: string,
  opts: PngOptions,
  rasterizer: Rasterizer = resvgRasterizer,
): Promise<Uint8Array> {
  return exportPngWith(svg, opts, rasterizer);
}
