// Bytes -> text for a document file: UTF-8 with or without a byte-order mark, UTF-16 LE or
// BE with one (or without: JSON text starts with an ASCII character, so a NUL in the first
// two bytes gives the byte order away, as RFC 4627 noted). Malformed input decodes to
// replacement characters; nothing here throws.

const utf8 = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 2, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 2, false);
  if (b0 !== undefined && b1 !== undefined) {
    if (b0 === 0 && b1 !== 0) return decodeUtf16(bytes, 0, false);
    if (b0 !== 0 && b1 === 0) return decodeUtf16(bytes, 0, true);
  }
  // The default decoder drops a UTF-8 byte-order mark and replaces invalid sequences.
  return utf8.decode(bytes);
}

const CHUNK = 8192;

/**
 * By hand rather than with TextDecoder('utf-16be'), which not every runtime's ICU has. A
 * lone surrogate stays as it is (JSON can escape it); an odd last byte becomes U+FFFD.
 */
function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const parts: string[] = [];
  const units = new Uint16Array(CHUNK);
  const end = start + ((bytes.length - start) & ~1);
  let i = start;
  while (i < end) {
    let n = 0;
    while (n < CHUNK && i < end) {
      const a = bytes[i]!;
      const b = bytes[i + 1]!;
      units[n++] = littleEndian ? a | (b << 8) : (a << 8) | b;
      i += 2;
    }
    parts.push(String.fromCharCode(...units.subarray(0, n)));
  }
  if (end < bytes.length) parts.push('\uFFFD');
  return parts.join('');
}
