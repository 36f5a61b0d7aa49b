// The temp files an atomic save writes beside its target, and the clean-up of ones a crash
// left behind. The name carries the writer's pid, so a start-up clean-up can tell a file
// some live process is still writing from one a killed process abandoned.
import { randomBytes } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const SUFFIX = '.vtopo-tmp';
const TEMP_NAME = /^\..*\.(\d{1,10})\.[0-9a-f]{12}\.vtopo-tmp$/;
/** A temp file this old belongs to nobody, even when its pid has been reused since. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
/** File names are limited to 255 bytes; the target's name is shortened to leave room. */
const MAX_BASE_CHARS = 80;

/** Temp files this process is writing right now: a clean-up never touches them. */
export const inFlightTemps = new Set<string>();

export function tempNameFor(targetBase: string, pid: number = process.pid): string {
  const base = Array.from(targetBase).slice(0, MAX_BASE_CHARS).join('');
  return `.${base}.${pid}.${randomBytes(6).toString('hex')}${SUFFIX}`;
}

/** The pid that wrote a temp file, or undefined when the name is not one of ours. */
export function tempWriterPid(name: string): number | undefined {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1]) : undefined;
}

export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface CleanOptions {
  readonly isAlive?: (pid: number) => boolean;
  readonly now?: number;
}

/**
 * Removes the temp files that crashed saves left in `dir`: ours by name, not being written
 * by this process, and written by a process that is gone (or so long ago that it must be).
 * Returns the names removed. A folder that cannot be read is left alone: clean-up is a
 * courtesy and never stands in the way of opening or saving.
 */
export async function cleanStaleTemps(dir: string, options: CleanOptions = {}): Promise<string[]> {
  const isAlive = options.isAlive ?? pidAlive;
  const now = options.now ?? Date.now();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempWriterPid(name);
    if (pid === undefined) continue;
    const path = join(dir, name);
    if (inFlightTemps.has(path)) continue;
    try {
      const st = await stat(path);
      if (!st.isFile()) continue;
      const writerGone = pid === process.pid || !isAlive(pid);
      if (!writerGone && now - st.mtimeMs < ABANDONED_AFTER_MS) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
