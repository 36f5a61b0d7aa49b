// Atomic save: write a temp file in the target's folder, fsync it, rename it over the
// target, fsync the folder. A crash at any moment leaves either the old file or the new
// one at the target, never a mix; what a crash can leave behind is a temp file, which
// cleanStaleTemps removes on the next start.
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inFlightTemps, tempNameFor } from './temp-names';

/** The moments a crash matters most; the kill harness stops a save at each of them. */
export type SavePoint = 'afterWrite' | 'afterFsync' | 'afterRename';

/** The file operations a save uses; tests swap in failing ones (a full disk, say). */
export interface SaveFs {
  open(path: string, flags: string, mode?: number): Promise<SaveFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ mode: number; isFile(): boolean }>;
}

export interface SaveFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeSaveFs: SaveFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: fsp.rename,
  unlink: fsp.unlink,
  realpath: (path) => fsp.realpath(path),
  stat: (path) => fsp.stat(path),
};

export interface AtomicWriteOptions {
  readonly hooks?: Partial<Record<SavePoint, () => void | Promise<void>>>;
  readonly fs?: SaveFs;
  readonly platform?: NodeJS.Platform;
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeSaveFs;
  const platform = options.platform ?? process.platform;
  const { path: real, mode } = await resolveTarget(fs, target);
  const dir = dirname(real);
  const temp = join(dir, tempNameFor(basename(real)));
  inFlightTemps.add(temp);
  try {
    let handle: SaveFileHandle | undefined;
    try {
      // 'wx': never follow or reuse something already at the temp name.
      handle = await fs.open(temp, 'wx', mode ?? 0o666);
      // The new file keeps the old one's permissions (umask applied at creation may differ).
      if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
      await handle.writeFile(data);
      await options.hooks?.afterWrite?.();
      await handle.sync();
      const h = handle;
      handle = undefined;
      await h.close();
      await options.hooks?.afterFsync?.();
      await fs.rename(temp, real);
    } catch (err) {
      await handle?.close().catch(() => undefined);
      await fs.unlink(temp).catch(() => undefined);
      throw err;
    }
  } finally {
    inFlightTemps.delete(temp);
  }
  await options.hooks?.afterRename?.();
  await syncFolder(fs, dir, platform);
}

/**
 * Saves go to the file a symlink points at (renaming over the link would replace the link
 * with a plain file), keeping that file's permission bits.
 */
async function resolveTarget(fs: SaveFs, target: string): Promise<{ path: string; mode?: number }> {
  let path = target;
  try {
    path = await fs.realpath(target);
  } catch {
    // A new file: there is nothing to resolve yet.
    return { path };
  }
  try {
    const st = await fs.stat(path);
    if (st.isFile()) return { path, mode: st.mode & 0o7777 };
  } catch {
    // Vanished between the two calls: saved as a new file.
  }
  return { path };
}

/**
 * Makes the rename itself durable. The save has already happened when this runs, so a
 * file system that cannot sync folders (Windows cannot open one; some network file
 * systems refuse) does not turn it into a failed save.
 */
async function syncFolder(fs: SaveFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  let handle: SaveFileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // See above.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
