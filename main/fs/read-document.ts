// Reading a document file for the editor. The file is never trusted: it is read with a
// size limit and checked by app/schema's loader before any byte reaches a window, so a file
// the loader refuses (not JSON, not vtopo, made by a newer vtopo) is refused here with the
// loader's reason, and one it can repair opens with its repairs listed in Problems.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadDocumentBytes } from '../../app/schema/load';
import { describeReadError } from './save-errors';
import { stampFor } from './file-stamp';
import type { FileStamp } from './file-stamp';

/** Far beyond any real topology (10,000 elements is about 3 MB). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

// Without O_NONBLOCK, opening a FIFO named like a document waits for a writer that never
// comes, holding one of libuv's four threads for good (four such paths and every file
// operation of the app stalls). With it the open returns at once and the FIFO is refused
// below as not a regular file; regular files read as usual. Windows has no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type ReadDocument =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly stamp: FileStamp;
      /** How many repairs loading made: shown by the window as Problems. */
      readonly repairs: number;
    }
  | { readonly ok: false; readonly error: string };

export async function readDocumentFile(path: string): Promise<ReadDocument> {
  const name = basename(path);
  let bytes: Uint8Array;
  let mtimeMs: number;
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
    const st = await handle.stat();
    if (st.isDirectory())
      return { ok: false, error: `Cannot open “${name}”: it is a folder, not a file.` };
    if (!st.isFile())
      return { ok: false, error: `Cannot open “${name}”: it is not a regular file.` };
    if (st.size > MAX_DOCUMENT_BYTES) {
      return {
        ok: false,
        error: `Cannot open “${name}”: at ${mib(st.size)} it is too large to be a vtopo document.`,
      };
    }
    bytes = new Uint8Array(await handle.readFile());
    mtimeMs = st.mtimeMs;
  } catch (err) {
    return { ok: false, error: describeReadError(err, path) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return checkDocumentBytes(name, bytes, mtimeMs);
}

/** The loader's verdict on bytes already read (a dropped file, a backup). */
export function checkDocumentBytes(name: string, bytes: Uint8Array, mtimeMs: number): ReadDocument {
  const loaded = loadDocumentBytes(bytes);
  if (!loaded.ok) return { ok: false, error: refusal(name, loaded.reason) };
  return { ok: true, bytes, stamp: stampFor(bytes, mtimeMs), repairs: loaded.diagnostics.length };
}

function refusal(name: string, reason: string): string {
  if (reason.startsWith('made by a newer vtopo')) {
    return `Cannot open “${name}”: it was ${reason}. Install a newer vtopo to open it; the file was not changed.`;
  }
  return `Cannot open “${name}”: ${reason}.`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
