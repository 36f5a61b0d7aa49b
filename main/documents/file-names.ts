// File names suggested in save dialogs. A name from the page is only a suggestion: it is
// reduced to a plain file name (no folders, nothing a file system refuses) and the dialog
// decides the rest.
import { basename, extname } from 'node:path';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]+/g;
const MAX_STEM = 180;

export function safeFileName(suggested: string, ext: string): string {
  const plain = suggested
    .replace(FORBIDDEN, '-')
    .replace(/[-.]{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const current = extname(plain);
  let stem = current.toLowerCase() === ext ? plain.slice(0, -current.length) : plain;
  stem = Array.from(stem)
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[\s.]+$/g, '');
  // Names Windows reserves for devices.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) stem = `${stem}-file`;
  return `${stem || 'Untitled'}${ext}`;
}

/** GTK's save dialog does not add the extension of the chosen filter; main does. */
export function withExtension(path: string, ext: string, also: readonly string[] = []): string {
  const current = extname(path).toLowerCase();
  return current === ext || also.includes(current) ? path : `${path}${ext}`;
}

export function stemOf(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}
