// The embedded font: Inter's Latin subset as @font-face rules, so the SVG shows the same
// letters in every browser; viewers that ignore @font-face (librsvg, PowerPoint) pick the
// same family from the system or the next safe fallback in FONT_STACK.
import { INTER_LATIN_400_WOFF2, INTER_LATIN_600_WOFF2 } from './font-data.generated';

export const FONT_FAMILY = 'Inter';
export const FONT_STACK = "Inter, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export function fontFaceCss(): string {
  const face = (weight: number, data: string) =>
    `@font-face{font-family:${FONT_FAMILY};font-style:normal;font-weight:${weight};` +
    `src:url(data:font/woff2;base64,${data}) format("woff2")}`;
  return face(400, INTER_LATIN_400_WOFF2) + face(600, INTER_LATIN_600_WOFF2);
}
