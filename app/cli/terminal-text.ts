// Text for a terminal. Labels, messages and file names come from untrusted documents, so
// control characters (an ESC could rewrite the screen) and bidi overrides (which could
// make a line read differently than it is) are made visible before they are printed.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One printable line: no control characters, no line breaks, no bidi overrides. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n' || c === '\r' || c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export type Tone = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold';

const CODES: Readonly<Record<Tone, readonly [number, number]>> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** Paints text in one tone, or returns it as it is when colour is off. */
export type Paint = (tone: Tone, text: string) => string;

export function painter(colour: boolean): Paint {
  if (!colour) return (_tone, text) => text;
  return (tone, text) => {
    const [on, off] = CODES[tone];
    return `\u001b[${on}m${text}\u001b[${off}m`;
  };
}
