// The PNG rasterizer of the desktop app: resvg with the bundled Inter files, as in
// app/export/png-node.ts, but with font paths main gives it: in a packaged app the fonts
// sit in app.asar.unpacked, since resvg's native code cannot read inside the asar archive.
import { Resvg } from '@resvg/resvg-js';
import type { Rasterize } from '../documents/ports';

export function resvgRasterize(fontFiles: readonly string[]): Rasterize {
  return async (svg, scale) => {
    const resvg = new Resvg(svg, {
      font: {
        loadSystemFonts: false,
        fontFiles: [...fontFiles],
        defaultFontFamily: 'Inter',
        sansSerifFamily: 'Inter',
      },
      fitTo: { mode: 'zoom', value: scale },
      logLevel: 'off',
    });
    return new Uint8Array(resvg.render().asPng());
  };
}
