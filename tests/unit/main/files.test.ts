// Reading documents, noticing changes on disk, cleaning up after crashed saves, and the
// recent list: with real files in a temp folder.
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithDisk, stampFor } from '../../../main/fs/file-stamp';
import { MAX_DOCUMENT_BYTES, readDocumentFile } from '../../../main/fs/read-document';
import {
  cleanStaleTemps,
  inFlightTemps,
  tempNameFor,
  tempWriterPid,
} from '../../../main/fs/temp-names';
import { MAX_RECENT, RecentDocuments } from '../../../main/recent/recent-store';
import { docText } from './fakes';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vtopo-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readDocumentFile', () => {
  it('reads a document with its stamp', async () => {
    const path = join(dir, 'a.vtopo');
    await writeFile(path, docText('A'));
    const r = await readDocumentFile(path);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(new TextDecoder().decode(r.bytes)).toBe(docText('A'));
    expect(r.stamp).toEqual(stampFor(docText('A'), r.stamp.mtimeMs));
    expect(r.repairs).toBe(0);
  });

  it('counts the repairs loading made (shown by the window), dropping nothing', async () => {
    const path = join(dir, 'a.vtopo');
    await writeFile(
      path,
      JSON.stringify({
        format: 'vtopo',
        version: 1,
        nodes: [{ id: 'x', kind: 'hardware', props: 7 }],
        links: 'no',
      }),
    );
    const r = await readDocumentFile(path);
    expect(r.ok && r.repairs).toBeGreaterThan(0);
  });

  it('refuses a newer format version clearly, and says the file was not changed', async () => {
    const path = join(dir, 'future.vtopo');
    await writeFile(path, JSON.stringify({ format: 'vtopo', version: 99, nodes: [] }));
    const r = await readDocumentFile(path);
    expect(r).toEqual({
      ok: false,
      error:
        'Cannot open “future.vtopo”: it was made by a newer vtopo (format version 99; this one reads up to 1). Install a newer vtopo to open it; the file was not changed.',
    });
  });

  it.each([
    ['not JSON', '{ nope', /Cannot open “bad.vtopo”: not JSON/],
    ['not vtopo', '{"format":"drawio"}', /not a vtopo document/],
  ])('refuses %s with the loader reason', async (_what, text, pattern) => {
    const path = join(dir, 'bad.vtopo');
    await writeFile(path, text);
    const r = await readDocumentFile(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(pattern);
  });

  it('refuses folders, missing files and files too large to be documents', async () => {
    await mkdir(join(dir, 'folder.vtopo'));
    expect(await readDocumentFile(join(dir, 'folder.vtopo'))).toMatchObject({
      error: /is a folder/,
    });
    expect(await readDocumentFile(join(dir, 'gone.vtopo'))).toMatchObject({
      error: /no longer exists/,
    });
    const big = join(dir, 'big.vtopo');
    await writeFile(big, '');
    await truncate(big, MAX_DOCUMENT_BYTES + 1);
    expect(await readDocumentFile(big)).toMatchObject({ ok: false, error: /too large/ });
  });
});

describe('compareWithDisk', () => {
  it('same bytes are the same file even when touched; other bytes or no file are not', async () => {
    const path = join(dir, 'a.vtopo');
    await writeFile(path, 'one');
    const stamp = stampFor('one', 1000);
    expect((await compareWithDisk(path, stamp)).kind).toBe('same');
    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    expect((await compareWithDisk(path, stamp)).kind).toBe('same');
    // Same size, other content: only the hash tells.
    await writeFile(path, 'two');
    expect((await compareWithDisk(path, stamp)).kind).toBe('changed');
    await writeFile(path, 'longer');
    expect((await compareWithDisk(path, stamp)).kind).toBe('changed');
    await rm(path);
    expect((await compareWithDisk(path, stamp)).kind).toBe('missing');
  });
});

describe('temp files of crashed saves', () => {
  it('are named for their writer and recognised; other names are not ours', () => {
    const name = tempNameFor('topology.vtopo', 4242);
    expect(tempWriterPid(name)).toBe(4242);
    expect(tempWriterPid('.topology.vtopo.swp')).toBeUndefined();
    expect(tempWriterPid('topology.vtopo')).toBeUndefined();
    expect(Buffer.byteLength(tempNameFor('é'.repeat(300)))).toBeLessThan(255);
  });

  it('are removed when their writer is gone, kept while it lives or while we write them', async () => {
    const dead = tempNameFor('a.vtopo', 999_999);
    const alive = tempNameFor('a.vtopo', 777);
    const ours = tempNameFor('a.vtopo');
    const writing = tempNameFor('b.vtopo');
    for (const n of [dead, alive, ours, writing, 'a.vtopo', '.hidden', 'notes.txt']) {
      await writeFile(join(dir, n), 'x');
    }
    inFlightTemps.add(join(dir, writing));
    try {
      const removed = await cleanStaleTemps(dir, { isAlive: (pid) => pid === 777 });
      expect(removed.sort()).toEqual([dead, ours].sort());
      expect((await readdir(dir)).sort()).toEqual(
        ['.hidden', 'a.vtopo', alive, 'notes.txt', writing].sort(),
      );
    } finally {
      inFlightTemps.delete(join(dir, writing));
    }
  });

  it('a temp file hours old goes even when its pid is alive (a reused pid)', async () => {
    const old = tempNameFor('a.vtopo', 777);
    await writeFile(join(dir, old), 'x');
    const removed = await cleanStaleTemps(dir, {
      isAlive: () => true,
      now: Date.now() + 2 * 3600_000,
    });
    expect(removed).toEqual([old]);
  });

  it('a folder that cannot be read is left alone', async () => {
    expect(await cleanStaleTemps(join(dir, 'nope'))).toEqual([]);
  });
});

describe('RecentDocuments', () => {
  it('keeps the most recent first, without duplicates, at most MAX_RECENT, across restarts', async () => {
    const file = join(dir, 'recent.json');
    const r = new RecentDocuments(file, 'linux');
    await r.load();
    for (let i = 0; i < MAX_RECENT + 3; i++) await r.add(`/docs/${i}.vtopo`);
    await r.add('/docs/5.vtopo');
    expect(r.list()[0]).toBe('/docs/5.vtopo');
    expect(r.list()).toHaveLength(MAX_RECENT);
    expect(new Set(r.list()).size).toBe(MAX_RECENT);
    const again = new RecentDocuments(file, 'linux');
    expect(await again.load()).toEqual(r.list());
    await again.remove('/docs/5.vtopo');
    expect(again.list()).not.toContain('/docs/5.vtopo');
    await again.clear();
    expect(await new RecentDocuments(file, 'linux').load()).toEqual([]);
  });

  it('is case-insensitive off Linux', async () => {
    const r = new RecentDocuments(join(dir, 'recent.json'), 'win32');
    await r.add('C:\\Docs\\A.vtopo');
    await r.add('c:\\docs\\a.vtopo');
    expect(r.list()).toEqual(['c:\\docs\\a.vtopo']);
  });

  it('reads a damaged or hostile list as empty or cleaned, never failing', async () => {
    const file = join(dir, 'recent.json');
    await writeFile(file, '{ not json');
    expect(await new RecentDocuments(file, 'linux').load()).toEqual([]);
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        paths: ['/ok.vtopo', 'relative.vtopo', 7, '/nul\0.vtopo', '/ok.vtopo', { __proto__: 1 }],
      }),
    );
    expect(await new RecentDocuments(file, 'linux').load()).toEqual(['/ok.vtopo']);
    expect(JSON.parse(await readFile(file, 'utf8')).paths).toHaveLength(6); // load never writes
  });
});
