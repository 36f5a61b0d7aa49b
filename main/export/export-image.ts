// Export > SVG / PNG from the desktop menu: the window's document, exported here by
// app/export exactly as the CLI exports it (light theme, PNG at 2x).
import { exportSvg } from '../../app/export/svg';
import { exportPngWith } from '../../app/export/png';
import { loadDocument } from '../../app/schema/load';
import type { Rasterize } from '../documents/ports';

export type ImageFormat = 'svg' | 'png';

export type ExportedImage =
  | {
      readonly ok: true;
      readonly data: string | Uint8Array;
      readonly mime: 'image/svg+xml' | 'image/png';
    }
  | { readonly ok: false; readonly error: string };

export const PNG_EXPORT_SCALE = 2;

export async function exportImage(
  text: string,
  format: ImageFormat,
  rasterize: Rasterize,
): Promise<ExportedImage> {
  const loaded = loadDocument(text);
  if (!loaded.ok) return { ok: false, error: `Cannot export this document: ${loaded.reason}.` };
  try {
    const svg = exportSvg(loaded.doc, { theme: 'light' });
    if (format === 'svg') return { ok: true, data: svg, mime: 'image/svg+xml' };
    const png = await exportPngWith(
      svg,
      { scale: PNG_EXPORT_SCALE },
      {
        render: (s, { scale }) => rasterize(s, scale),
      },
    );
    return { ok: true, data: png, mime: 'image/png' };
  } catch (err) {
    return {
      ok: false,
      error: `Cannot export: ${err instanceof Error ? err.message : String(err)}.`,
    };
  }
}
