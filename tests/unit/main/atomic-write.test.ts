import {
  chmod,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeSaveFs, writeFileAtomic } from '../../../main/fs/atomic-write';
import type { SaveFs } from '../../../main/fs/atomic-write';
import { describeSaveError } from '../../../main/fs/save-errors';
import { tempWriterPid } from '../../../main/fs/temp-names';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vtopo-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const temps = async (d = dir) => (await readdir(d)).filter((n) => tempWriterPid(n) !== undefined);

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one, leaving no temp file', async () => {
    const target = join(dir, 'a.vtopo');
    await writeFileAtomic(target, 'one');
    expect(await readFile(target, 'utf8')).toBe('one');
    await writeFileAtomic(target, new TextEncoder().encode('two'));
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await temps()).toEqual([]);
  });

  it('runs the hooks in order: write, fsync, rename; the target changes only at the rename', async () => {
    const target = join(dir, 'a.vtopo');
    await writeFile(target, 'old');
    const seen: string[] = [];
    const look = (point: string) => async () => {
      seen.push(`${point}:${await readFile(target, 'utf8')}:${(await temps()).length}`);
    };
    await writeFileAtomic(target, 'new', {
      hooks: { afterWrite: look('write'), afterFsync: look('fsync'), afterRename: look('rename') },
    });
    expect(seen).toEqual(['write:old:1', 'fsync:old:1', 'rename:new:0']);
  });

  it("keeps the old file's permission bits", async () => {
    const target = join(dir, 'a.vtopo');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink to the file it points at, keeping the link', async () => {
    const real = join(dir, 'real.vtopo');
    const link = join(dir, 'link.vtopo');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await readlink(link)).toBe(real);
  });

  it('fails plainly in a folder that cannot hold files, leaving everything as it was', async () => {
    // Tests run as root, which chmod cannot stop: a "folder" that is really a file can.
    const notAFolder = join(dir, 'plain-file');
    await writeFile(notAFolder, 'x');
    const target = join(notAFolder, 'a.vtopo');
    const err = await writeFileAtomic(target, 'new').catch((e: unknown) => e);
    expect((err as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    expect(describeSaveError(err, target)).toMatch(/is a file, not a folder.*not changed/);
    expect(await readFile(notAFolder, 'utf8')).toBe('x');
  });

  it('a full disk mid-write: the old file is intact, the temp file removed, the reason plain', async () => {
    const target = join(dir, 'a.vtopo');
    await writeFile(target, 'old contents');
    const fullDisk: SaveFs = {
      ...nodeSaveFs,
      open: async (path, flags, mode) => {
        const h = await nodeSaveFs.open(path, flags, mode);
        if (flags !== 'wx') return h;
        return {
          chmod: (m) => h.chmod(m),
          sync: () => h.sync(),
          close: () => h.close(),
          writeFile: async (data) => {
            await h.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
            throw errno('ENOSPC');
          },
        };
      },
    };
    const err = await writeFileAtomic(target, 'new contents', { fs: fullDisk }).catch(
      (e: unknown) => e,
    );
    expect(describeSaveError(err, target)).toMatch(
      /the disk is full.*The file on disk was not changed\./,
    );
    expect(await readFile(target, 'utf8')).toBe('old contents');
    expect(await temps()).toEqual([]);
  });

  it('a failed rename (the target is in use) leaves the old file and no temp file', async () => {
    const target = join(dir, 'a.vtopo');
    await writeFile(target, 'old');
    const busy: SaveFs = {
      ...nodeSaveFs,
      rename: async () => {
        throw errno('EBUSY');
      },
    };
    const err = await writeFileAtomic(target, 'new', { fs: busy }).catch((e: unknown) => e);
    expect(describeSaveError(err, target)).toMatch(/another program is using the file/);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await temps()).toEqual([]);
  });

  it('a folder that cannot be synced does not fail a save that has happened', async () => {
    const target = join(dir, 'a.vtopo');
    const noDirSync: SaveFs = {
      ...nodeSaveFs,
      open: async (path, flags, mode) => {
        if (flags === 'r') throw errno('EINVAL');
        return nodeSaveFs.open(path, flags, mode);
      },
    };
    await writeFileAtomic(target, 'new', { fs: noDirSync });
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});

describe('describeSaveError', () => {
  it.each([
    ['EACCES', /do not have permission to write in the folder/],
    ['EPERM', /do not have permission/],
    ['EROFS', /read-only disk/],
    ['ENOSPC', /disk is full/],
    ['ENOENT', /no longer exists/],
    ['EISDIR', /there is a folder with that name/],
    ['EWHATEVER', /simulated/],
  ])('%s', (code, pattern) => {
    const text = describeSaveError(errno(code), '/some/folder/a.vtopo');
    expect(text).toMatch(pattern);
    expect(text).toContain('“a.vtopo”');
    expect(text).toMatch(/The file on disk was not changed\.$/);
  });
});
