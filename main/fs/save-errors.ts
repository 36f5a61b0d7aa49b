// What a failed file operation means, in words a user can act on. Every save failure ends
// with the fact that matters most: the file on disk was not changed (the save is atomic).
import { basename, dirname } from 'node:path';

function code(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

function detail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why `target` could not be written, plainly. */
export function describeSaveError(err: unknown, target: string): string {
  const name = basename(target);
  const folder = dirname(target);
  const unchanged = 'The file on disk was not changed.';
  switch (code(err)) {
    case 'EACCES':
    case 'EPERM':
      return `Could not save “${name}”: you do not have permission to write in the folder “${folder}”. Use Save As to choose another folder. ${unchanged}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not save “${name}”: the disk is full. Free some space, or use Save As to save on another disk. ${unchanged}`;
    case 'EROFS':
      return `Could not save “${name}”: the folder “${folder}” is on a read-only disk. Use Save As to choose another place. ${unchanged}`;
    case 'ENOENT':
      return `Could not save “${name}”: the folder “${folder}” no longer exists. Use Save As to choose another place. ${unchanged}`;
    case 'ENOTDIR':
      return `Could not save “${name}”: part of the path “${folder}” is a file, not a folder. Use Save As to choose another place. ${unchanged}`;
    case 'EISDIR':
      return `Could not save “${name}”: there is a folder with that name. Use Save As to choose another name. ${unchanged}`;
    case 'EBUSY':
      return `Could not save “${name}”: another program is using the file. Close it there and try again. ${unchanged}`;
    case 'ENAMETOOLONG':
      return `Could not save “${name}”: the name or path is too long. Use Save As to choose a shorter one. ${unchanged}`;
    case 'EMFILE':
    case 'ENFILE':
      return `Could not save “${name}”: too many files are open. Close some programs and try again. ${unchanged}`;
    case 'EIO':
      return `Could not save “${name}”: the disk reported an error. ${unchanged}`;
    default:
      return `Could not save “${name}”: ${detail(err)}. ${unchanged}`;
  }
}

/** Why `path` could not be read, plainly. */
export function describeReadError(err: unknown, path: string): string {
  const name = basename(path);
  switch (code(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Cannot open “${name}”: the file no longer exists (it was moved, renamed or deleted).`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot open “${name}”: you do not have permission to read it.`;
    case 'EISDIR':
      return `Cannot open “${name}”: it is a folder, not a file.`;
    default:
      return `Cannot open “${name}”: ${detail(err)}.`;
  }
}
