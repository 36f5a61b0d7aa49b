// Why a file could not be read, in words for one line of stderr.
import { firstLine } from './args';

const BY_CODE: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a folder on its path is a file',
  ERR_FS_FILE_TOO_LARGE: 'too large to read',
};

export function readFailure(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(BY_CODE, code)) return BY_CODE[code] ?? code;
  return `cannot read it: ${firstLine(err)}`;
}
