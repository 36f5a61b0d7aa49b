// Labels and captions measured once per font. They recur ("App · native" on every app,
// every "JVM"), so a box finds its text's width and, for one line, its shared line array
// with one look-up, rather than measuring the text and then looking up its line apart.
// Bounded: dropped whole when it grows large (the texts come from the document).
import { BoundedMemo } from '../model/bounded-memo';
import type { FontSpec } from './geometry';
import { measureText } from './measure';
import { wrapText } from './text';

export class MeasuredText {
  constructor(
    readonly text: string,
    /** The width of its widest line (lines end at "\n"). */
    readonly width: number,
    /** The text as one line, shared (frozen); undefined when it has line breaks. */
    private readonly line: readonly string[] | undefined,
  ) {}

  /** Its lines wrapped to `room` pixels: the shared line in the common case, one that fits. */
  wrap(font: FontSpec, room: number): readonly string[] {
    return this.line !== undefined && this.width <= room
      ? this.line
      : wrapText(this.text, font.weight, font.size, room);
  }
}

const MAX_SIZE = 20_000;

/** Texts measured in `font`, each once. */
export function textMemo(font: FontSpec): BoundedMemo<string, MeasuredText> {
  return new BoundedMemo(MAX_SIZE, (text: string) => measured(text, font));
}

function measured(text: string, font: FontSpec): MeasuredText {
  if (!text.includes('\n')) {
    const width = measureText(text, font.weight, font.size);
    return new MeasuredText(text, width, Object.freeze([text]));
  }
  let width = 0;
  for (const line of text.split('\n'))
    width = Math.max(width, measureText(line, font.weight, font.size));
  return new MeasuredText(text, width, undefined);
}
