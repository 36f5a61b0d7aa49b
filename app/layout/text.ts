// User text as it is drawn: made safe for XML without hiding anything, and wrapped to a
// width. Labels are never truncated: a box grows or its text wraps.
import { measureText } from './measure';
import type { Weight } from './measure';

// Characters XML 1.0 cannot carry even as references, and line breaks to normalise.
// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[\u0000-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;

/**
 * The text to draw for a user string: line breaks become "\n"; other control characters
 * become their visible Unicode control pictures (U+2400 block: "␇" for BEL), so they are
 * shown rather than dropped; lone surrogates and non-characters become U+FFFD.
 */
export function displayText(s: string): string {
  if (!NEEDS_CARE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0d) {
      out += '\n';
      if (s.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x0a) out += '\n';
    else if (c < 0x20) out += String.fromCharCode(0x2400 + c);
    else if (c === 0x7f) out += '\u2421';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else out += '\ufffd';
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += '\ufffd';
    else out += s[i]!;
  }
  return out;
}

/**
 * Greedy word wrap of display text (see displayText) to `maxWidth` pixels. "\n" always
 * breaks; a break at a space drops that one space; a word wider than the line is broken
 * between characters (never inside a surrogate pair). Linear in the text's length.
 */
export function wrapText(text: string, weight: Weight, sizePx: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const spaceW = measureText(' ', weight, sizePx);
  for (const hard of text.split('\n')) {
    let cur: string | null = null;
    let curW = 0;
    for (const word of hard.split(' ')) {
      const w = measureText(word, weight, sizePx);
      if (cur !== null && curW + spaceW + w <= maxWidth) {
        cur += ` ${word}`;
        curW += spaceW + w;
        continue;
      }
      if (cur !== null) lines.push(cur);
      if (w <= maxWidth) {
        cur = word;
        curW = w;
      } else {
        const pieces = breakWord(word, weight, sizePx, maxWidth);
        const last = pieces.pop()!;
        for (const p of pieces) lines.push(p);
        cur = last;
        curW = measureText(last, weight, sizePx);
      }
    }
    lines.push(cur ?? '');
  }
  return lines;
}

function breakWord(word: string, weight: Weight, sizePx: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < word.length;) {
    const c = word.charCodeAt(i);
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < word.length ? 2 : 1;
    const w = measureText(word.slice(i, i + len), weight, sizePx);
    if (width + w > maxWidth && i > start) {
      pieces.push(word.slice(start, i));
      start = i;
      width = 0;
    }
    width += w;
    i += len;
  }
  pieces.push(word.slice(start));
  return pieces;
}
