// The recently opened documents, most recent first: the File menu's Open Recent. Kept in
// userData/recent.json (the OS gets them too, through app.addRecentDocument). The file is
// ours but read as untrusted all the same: anything odd in it is dropped, never fatal.
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

export const MAX_RECENT = 10;

const stored = z.object({ version: z.literal(1), paths: z.array(z.unknown()).max(1000) });

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  // Windows and macOS file systems are usually case-insensitive.
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export class RecentDocuments {
  private paths: string[] = [];

  constructor(
    private readonly file: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  list(): readonly string[] {
    return this.paths;
  }

  async load(): Promise<readonly string[]> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      this.paths = [];
      return this.paths;
    }
    const parsed = stored.safeParse(json);
    const kept: string[] = [];
    for (const p of parsed.success ? parsed.data.paths : []) {
      if (typeof p !== 'string' || p.length > 4096 || !isAbsolute(p) || p.includes('\0')) continue;
      if (kept.some((k) => samePath(k, p, this.platform))) continue;
      kept.push(p);
      if (kept.length === MAX_RECENT) break;
    }
    this.paths = kept;
    return this.paths;
  }

  async add(path: string): Promise<void> {
    this.paths = [path, ...this.paths.filter((p) => !samePath(p, path, this.platform))].slice(
      0,
      MAX_RECENT,
    );
    await this.store();
  }

  async remove(path: string): Promise<void> {
    const before = this.paths.length;
    this.paths = this.paths.filter((p) => !samePath(p, path, this.platform));
    if (this.paths.length !== before) await this.store();
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.store();
  }

  private async store(): Promise<void> {
    try {
      await writeFileAtomic(
        this.file,
        `${JSON.stringify({ version: 1, paths: this.paths }, null, 2)}\n`,
      );
    } catch {
      // The list is a convenience: failing to store it must not fail the open or save.
    }
  }
}
