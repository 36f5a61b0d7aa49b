// Backups of unsaved work, one file per window in userData/backups: written (atomically) a
// few seconds after edits, removed when the document is saved or its changes discarded, so
// whatever is left at start-up is work a crash interrupted.
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { cleanStaleTemps } from '../fs/temp-names';
import { MAX_DOCUMENT_BYTES } from '../fs/read-document';

const EXT = '.vtopo-backup';
const ID = /^[0-9a-f]{32}$/;

const stampSchema = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const recordSchema = z.object({
  format: z.literal('vtopo-backup'),
  version: z.literal(1),
  id: z.string().regex(ID),
  savedAt: z.number().nonnegative(),
  title: z.string().max(1000),
  /** The file the unsaved work belongs to, and what it looked like when last opened or saved. */
  file: z.object({ path: z.string().min(1).max(4096), stamp: stampSchema }).nullable(),
  text: z.string().max(MAX_DOCUMENT_BYTES),
});

export type BackupRecord = Omit<z.infer<typeof recordSchema>, 'format' | 'version'>;

export class BackupStore {
  constructor(readonly dir: string) {}

  pathOf(id: string): string {
    if (!ID.test(id)) throw new Error('not a backup id');
    return join(this.dir, `${id}${EXT}`);
  }

  async write(record: BackupRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const body = { format: 'vtopo-backup', version: 1, ...record };
    await writeFileAtomic(this.pathOf(record.id), JSON.stringify(body));
  }

  async remove(id: string): Promise<void> {
    try {
      await unlink(this.pathOf(id));
    } catch {
      // Not there: nothing to remove.
    }
  }

  async read(id: string): Promise<BackupRecord | null> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(this.pathOf(id), 'utf8'));
    } catch {
      return null;
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success || parsed.data.id !== id) return null;
    const { format: _f, version: _v, ...record } = parsed.data;
    return record;
  }

  /**
   * Every readable backup, oldest first. Unreadable ones (not JSON, not ours) cannot be
   * offered to anyone and are removed; so are temp files of backup writes a crash cut off.
   */
  async list(): Promise<BackupRecord[]> {
    await cleanStaleTemps(this.dir);
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: BackupRecord[] = [];
    for (const name of names) {
      if (!name.endsWith(EXT)) continue;
      const id = name.slice(0, -EXT.length);
      if (!ID.test(id)) continue;
      const record = await this.read(id);
      if (record) out.push(record);
      else await this.remove(id);
    }
    return out.sort((a, b) => a.savedAt - b.savedAt);
  }
}
