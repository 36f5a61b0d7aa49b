// SVG and PNG export (browser-safe; the Node rasterizer is in png-node.ts).
export { exportSvg } from './svg';
export type { SvgOptions } from './svg';
export { MAX_PNG_PIXELS, MAX_PNG_SIDE, PngTooLargeError, exportPngWith, svgSize } from './png';
export type { PngOptions, PngScale, Rasterizer } from './png';
export { PALETTES } from './palette';
export type { Palette, Theme } from './palette';
export { FONT_STACK } from './font-face';
