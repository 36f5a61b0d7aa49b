// PNG from the SVG, through a rasterizer behind a small interface: in Node it is resvg
// (png-node.ts); a browser build can plug in @resvg/resvg-wasm. Over-large pictures are
// refused up front with a clear message instead of exhausting memory.

export type PngScale = 1 | 2 | 3 | 4;

export interface PngOptions {
  /** Output pixels per SVG pixel: the PNG is `scale` times the SVG's width and height. */
  readonly scale: PngScale;
  /** A colour painted behind the drawing; none by default (an SVG exported with `transparent` stays transparent). */
  readonly background?: string;
}

export interface Rasterizer {
  render(
    svg: string,
    opts: { readonly scale: number; readonly background?: string },
  ): Promise<Uint8Array>;
}

/** The largest PNG we make: 16384 pixels a side, 64 megapixels (256 MiB of RGBA) in all. */
export const MAX_PNG_SIDE = 16384;
export const MAX_PNG_PIXELS = 64 * 1024 * 1024;

export class PngTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(
      `the picture would be ${width} x ${height} pixels, more than vtopo makes ` +
        `(${MAX_PNG_SIDE} a side, ${MAX_PNG_PIXELS / 1024 / 1024} megapixels in all): ` +
        'export SVG instead, or a smaller --scale',
    );
    this.name = 'PngTooLargeError';
  }
}

/** The pixel size an SVG declares on its root element (its width and height attributes). */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!open) return undefined;
  const w = /\swidth="(\d+(?:\.\d+)?)(?:px)?"/.exec(open)?.[1];
  const h = /\sheight="(\d+(?:\.\d+)?)(?:px)?"/.exec(open)?.[1];
  if (w === undefined || h === undefined) return undefined;
  return { width: Number(w), height: Number(h) };
}

export async function exportPngWith(
  svg: string,
  opts: PngOptions,
  rasterizer: Rasterizer,
): Promise<Uint8Array> {
  const scale = opts.scale;
  if (![1, 2, 3, 4].includes(scale))
    throw new RangeError(`scale must be 1, 2, 3 or 4, not ${String(scale)}`);
  const size = svgSize(svg);
  if (!size) throw new Error('not a vtopo SVG: the root <svg> has no pixel width and height');
  const width = Math.ceil(size.width * scale);
  const height = Math.ceil(size.height * scale);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE || width * height > MAX_PNG_PIXELS) {
    throw new PngTooLargeError(width, height);
  }
  return rasterizer.render(svg, {
    scale,
    ...(opts.background ? { background: opts.background } : {}),
  });
}
