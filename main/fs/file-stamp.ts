// What a document file looked like when we last read or wrote it: size, modification time
// and a hash of its bytes. Before a save overwrites the file, its stamp on disk is compared
// with this one, so a change made by another program is noticed instead of overwritten.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function stampFor(data: string | Uint8Array, mtimeMs: number): FileStamp {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { size, mtimeMs, sha256: hashBytes(data) };
}

/** The largest file compared by content; a bigger one counts as changed when it differs in time. */
const MAX_HASHED_BYTES = 256 * 1024 * 1024;

export type DiskState =
  | { readonly kind: 'same'; readonly stamp: FileStamp }
  | { readonly kind: 'changed'; readonly mtimeMs: number }
  | { readonly kind: 'missing' };

/**
 * Compares the file at `path` with `stamp`. Only the content decides: a file touched but
 * not changed (same bytes, new time) is the same; a file rewritten with other bytes is
 * changed even when its size and time happen to match.
 */
export async function compareWithDisk(path: string, stamp: FileStamp): Promise<DiskState> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    throw err;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { kind: 'missing' };
    if (st.size !== stamp.size || st.size > MAX_HASHED_BYTES) {
      return st.size === stamp.size && st.mtimeMs === stamp.mtimeMs
        ? { kind: 'same', stamp }
        : { kind: 'changed', mtimeMs: st.mtimeMs };
    }
    const bytes = await handle.readFile();
    const sha256 = hashBytes(bytes);
    return sha256 === stamp.sha256
      ? { kind: 'same', stamp: { size: st.size, mtimeMs: st.mtimeMs, sha256 } }
      : { kind: 'changed', mtimeMs: st.mtimeMs };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
