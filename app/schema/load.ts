// Loading a document: bytes or text -> JSON -> restore. A result, never an exception.
import { decodeText } from './decode';
import { oneLine } from './plain';
import { restore } from './restore';
import type { LoadResult } from './restore';

export type { LoadResult } from './restore';

export function loadDocument(text: string): LoadResult {
  if (typeof text !== 'string') return { ok: false, reason: 'not text' };
  let json: unknown;
  try {
    // A byte-order mark can survive into a string (a file read as "utf8" keeps it).
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${oneLine(err)})` };
  }
  return restore(json, { parsed: true });
}

export function loadDocumentBytes(bytes: Uint8Array): LoadResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, reason: 'not bytes' };
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (err) {
    // Only an allocation failure (a string longer than the engine allows) gets here.
    return { ok: false, reason: `cannot decode the file (${oneLine(err)})` };
  }
  return loadDocument(text);
}

/**
 * Restores a document from an already-parsed value. Kept values are copied into plain
 * JSON data (a JS value may hold cycles, functions or getters); prefer loadDocument for text.
 */
export function restoreDocument(json: unknown): LoadResult {
  return restore(json);
}
