// The window title: the document's name and whether it has unsaved changes, in each
// platform's way (macOS shows the edited dot itself, via setDocumentEdited).

/** Control and bidi-override characters could make a title lie about the file's name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_CHARS = 120;

export function cleanTitle(title: string): string {
  const clean = title.replace(UNSAFE, '').trim();
  const chars = Array.from(clean);
  const short = chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join('')}…` : clean;
  return short || 'Untitled';
}

export function windowTitle(title: string, edited: boolean, platform: NodeJS.Platform): string {
  const name = cleanTitle(title);
  if (platform === 'darwin') return edited ? `${name} — Edited` : name;
  return `${edited ? '• ' : ''}${name} — vtopo`;
}
