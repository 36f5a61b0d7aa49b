// Text width from the bundled font's advance table, so Node, the browser and the export
// measure every label identically (no canvas, no DOM). Kerning is left out: it only ever
// narrows Inter's Latin text, and box widths keep slack for fallback fonts anyway.
import { BoundedMemo } from '../model/bounded-memo';
import { ADVANCES, UNITS_PER_EM } from './font-metrics.generated';

export type Weight = 'regular' | 'semibold';

const tables = new Map<Weight, Uint16Array>();

/** Advances in font units for each BMP code point; 0 where the font has no glyph. */
function table(weight: Weight): Uint16Array {
  let t = tables.get(weight);
  if (t) return t;
  t = new Uint16Array(0x10000);
  for (const run of ADVANCES[weight].split(';')) {
    const colon = run.indexOf(':');
    let cp = parseInt(run.slice(0, colon), 36);
    for (const adv of run.slice(colon + 1).split(',')) t[cp++] = parseInt(adv, 36);
  }
  tables.set(weight, t);
  return t;
}

/** The width a fallback font is likely to give a code point Inter lacks, in ems. */
function fallbackEm(cp: number): number {
  // Combining marks and zero-width format characters (bidi controls, joiners) take no room.
  if (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e)
  )
    return 0;
  if ((cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff) return 0;
  // CJK, Hangul, full-width forms and emoji are square.
  if (
    cp >= 0x1100 &&
    (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3))
  )
    return 1;
  if (
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60)
  )
    return 1;
  if (cp >= 0x1f000) return 1.25;
  return 0.62;
}

/** The advance of one code point in ems. */
export function advanceEm(cp: number, weight: Weight): number {
  const adv = cp <= 0xffff ? table(weight)[cp]! : 0;
  return adv > 0 ? adv / UNITS_PER_EM : fallbackEm(cp);
}

// Labels and captions repeat ("App · native" on every app), so short strings' widths are
// remembered; the memo is dropped whole when it grows large, which keeps it bounded.
const MEMO_MAX_LENGTH = 64;
const MEMO_MAX_SIZE = 20_000;
const memos: Record<Weight, BoundedMemo<string, number>> = {
  regular: new BoundedMemo(MEMO_MAX_SIZE, (text: string) => measureEm(text, 'regular')),
  semibold: new BoundedMemo(MEMO_MAX_SIZE, (text: string) => measureEm(text, 'semibold')),
};

/** The width of `text` in pixels at `sizePx`, set in the bundled font. */
export function measureText(text: string, weight: Weight, sizePx: number): number {
  if (text.length > MEMO_MAX_LENGTH) return measureEm(text, weight) * sizePx;
  return memos[weight].get(text) * sizePx;
}

function measureEm(text: string, weight: Weight): number {
  const t = table(weight);
  let units = 0;
  let extraEm = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    const adv = cp <= 0xffff ? t[cp]! : 0;
    if (adv > 0) units += adv;
    else extraEm += fallbackEm(cp);
  }
  return units / UNITS_PER_EM + extraEm;
}
