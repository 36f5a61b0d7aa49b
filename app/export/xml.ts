// Writing user strings and numbers into SVG: escaped, XML-legal, deterministic.

const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces what XML 1.0 cannot carry, even escaped, by U+FFFD. */
export function xmlChars(s: string): string {
  return s.replace(ILLEGAL, '\ufffd');
}

const TEXT_ESC: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESC: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// eslint-disable-next-line no-control-regex
const TEXT_CLEAN = /^[^&<>\u0000-\u001f\ud800-\udfff\ufffe\uffff]*$/;

/** Character data: `]]>` and markup come out as text, never as structure. */
export function escText(s: string): string {
  if (TEXT_CLEAN.test(s)) return s;
  return xmlChars(s).replace(/[&<>]/g, (c) => TEXT_ESC[c]!);
}

// eslint-disable-next-line no-control-regex
const ATTR_CLEAN = /^[^&<>"'\u0000-\u001f\ud800-\udfff\ufffe\uffff]*$/;

/** An attribute value (double-quoted); whitespace escaped so parsing gives it back exactly. */
export function escAttr(s: string): string {
  if (ATTR_CLEAN.test(s)) return s;
  return xmlChars(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESC[c]!);
}

/** A coordinate: at most two decimals, no "-0", no exponent for the sizes we draw. */
export function num(v: number): string {
  if (Number.isInteger(v)) return v === 0 ? '0' : String(v);
  // Integer arithmetic and integer-to-string: much cheaper than printing a double.
  const r = Math.round(v * 100);
  if (r === 0) return '0';
  const a = r < 0 ? -r : r;
  const whole = Math.floor(a / 100);
  const cents = a - whole * 100;
  const frac =
    cents === 0
      ? ''
      : cents % 10 === 0
        ? `.${cents / 10}`
        : cents < 10
          ? `.0${cents}`
          : `.${cents}`;
  return `${r < 0 ? '-' : ''}${whole}${frac}`;
}
