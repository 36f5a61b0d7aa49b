// Where a box's text goes: lines centred in the box, label above caption, the block
// centred vertically. Shared so the canvas and the export put text in the same place.
import { ASCENT, DESCENT, UNITS_PER_EM } from './font-metrics.generated';
import { BOX, CAPTION_FONT, LABEL_FONT, textBlockHeight } from './geometry';
import type { FontSpec } from './geometry';
import type { Box, TextBox } from './types';

export interface TextRow {
  readonly text: string;
  /** The centre of the line. */
  readonly x: number;
  readonly baseline: number;
  readonly font: FontSpec;
  readonly role: 'label' | 'caption';
}

/** The baseline of a line of `font` whose line box starts at `top`. */
export function baselineIn(top: number, font: FontSpec): number {
  const asc = (ASCENT / UNITS_PER_EM) * font.size;
  const desc = (DESCENT / UNITS_PER_EM) * font.size;
  return top + (font.lineHeight - asc - desc) / 2 + asc;
}

/** How far below a box's top edge its text block starts: the block is centred. */
export function textTop(box: Pick<Box, 'height' | 'label' | 'caption'>): number {
  return (box.height - textBlockHeight(box.label.length, box.caption.length)) / 2;
}

export function boxTextRows(box: Box): TextRow[] {
  let top = box.y + textTop(box);
  const x = box.x + box.width / 2;
  const rows: TextRow[] = [];
  for (const text of box.label) {
    rows.push({ text, x, baseline: baselineIn(top, LABEL_FONT), font: LABEL_FONT, role: 'label' });
    top += LABEL_FONT.lineHeight;
  }
  top += BOX.captionGap;
  for (const text of box.caption) {
    rows.push({
      text,
      x,
      baseline: baselineIn(top, CAPTION_FONT),
      font: CAPTION_FONT,
      role: 'caption',
    });
    top += CAPTION_FONT.lineHeight;
  }
  return rows;
}

/** The lines of a text box (a link label), centred, with `font`. */
export function textBoxRows(t: TextBox, font: FontSpec, padY: number): TextRow[] {
  const x = t.x + t.width / 2;
  return t.lines.map((text, i) => ({
    text,
    x,
    baseline: baselineIn(t.y + padY + i * font.lineHeight, font),
    font,
    role: 'label',
  }));
}
