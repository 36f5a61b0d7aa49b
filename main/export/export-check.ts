// What an export from the window may be: SVG or PNG, and really that. A window that sends
// something else under an image type (by mistake or not) gets it refused, not written.
import type { FileFilter } from '../documents/ports';

export const EXPORT_TYPES = {
  'image/svg+xml': {
    ext: '.svg',
    filter: { name: 'SVG image', extensions: ['svg'] } as FileFilter,
  },
  'image/png': { ext: '.png', filter: { name: 'PNG image', extensions: ['png'] } as FileFilter },
} as const;

export type ExportMime = keyof typeof EXPORT_TYPES;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SVG_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/;

/** Why `data` is not the `mime` it claims to be, or undefined when it is. */
export function exportProblem(data: string | Uint8Array, mime: ExportMime): string | undefined {
  if (mime === 'image/png') {
    const ok = data instanceof Uint8Array && PNG_SIGNATURE.every((b, i) => data[i] === b);
    return ok ? undefined : 'The export is not a PNG image.';
  }
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data.subarray(0, 4096));
  return SVG_START.test(text) ? undefined : 'The export is not an SVG image.';
}
