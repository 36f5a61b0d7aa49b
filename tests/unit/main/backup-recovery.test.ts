// Backups of unsaved work and their recovery after a crash, with real files.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../main/backup/backup-store';
import { stampFor } from '../../../main/fs/file-stamp';
import { tempNameFor } from '../../../main/fs/temp-names';
import { docText, makeRig, sleep, until } from './fakes';
import type { FakeWindow, Rig } from './fakes';

let rig: Rig;
beforeEach(async () => {
  rig = await makeRig();
});
afterEach(() => rig.cleanup());

const backupsDir = () => join(rig.userData, 'backups');
const backupFiles = async () =>
  (await readdir(backupsDir()).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.vtopo-backup'),
  );
const store = () => new BackupStore(backupsDir());

function edit(w: FakeWindow, title: string): void {
  w.page.edit(title);
  rig.c.setDocumentState(w.id, { title, dirty: true });
}

async function openIn(w: FakeWindow, path: string): Promise<string> {
  rig.dialogs.openAnswers.push(path);
  const r = await rig.c.open(w.id);
  if (!r.ok || !r.value) throw new Error('open failed');
  w.page.ref = r.value.ref as string;
  return r.value.ref as string;
}

describe('backups of unsaved work', () => {
  it('are written shortly after an edit, with the document and its file', async () => {
    const w = rig.window();
    const path = join(rig.dir, 'a.vtopo');
    await writeFile(path, docText('A'));
    await openIn(w, path);
    edit(w, 'A edited');
    expect(await backupFiles()).toEqual([]); // not at once: a few seconds (here 20 ms) later
    await until(async () => (await backupFiles()).length === 1);
    const [record] = await store().list();
    expect(record).toMatchObject({ title: 'A edited', text: docText('A edited'), file: { path } });
    expect(record?.file?.stamp).toEqual(stampFor(docText('A'), record!.file!.stamp.mtimeMs));
  });

  it('follow further edits, and are not rewritten while nothing changes', async () => {
    const w = rig.window();
    edit(w, 'One');
    await until(async () => (await store().list())[0]?.text === docText('One'));
    const first = (await store().list())[0]!.savedAt;
    await sleep(80);
    expect((await store().list())[0]!.savedAt).toBe(first);
    w.page.edit('Two');
    await until(async () => (await store().list())[0]?.text === docText('Two'));
  });

  it('are removed when the document is saved', async () => {
    const w = rig.window();
    edit(w, 'Work');
    await until(async () => (await backupFiles()).length === 1);
    rig.dialogs.saveAnswers.push(join(rig.dir, 'work.vtopo'));
    await rig.c.save(w.id, w.page.text, 'Work.vtopo', null);
    await rig.c.session(w.id)!.backupQueue;
    expect(await backupFiles()).toEqual([]);
  });

  it('are removed when the changes are discarded (undone, or Don’t Save on close)', async () => {
    const w = rig.window();
    edit(w, 'Work');
    await until(async () => (await backupFiles()).length === 1);
    w.page.dirty = false;
    rig.c.setDocumentState(w.id, { title: 'Untitled', dirty: false });
    await rig.c.session(w.id)!.backupQueue;
    expect(await backupFiles()).toEqual([]);

    edit(w, 'Work again');
    await until(async () => (await backupFiles()).length === 1);
    rig.dialogs.messageAnswers.push(1); // Don't Save
    expect(await rig.c.requestClose(w.id)).toBe(true);
    expect(await backupFiles()).toEqual([]);
  });

  it('outlive a crash: a new start offers them back', async () => {
    const w = rig.window();
    edit(w, 'Crash victim');
    await until(async () => (await backupFiles()).length === 1);
    // The process dies here; the next start runs over the same user data.
    const next = await makeRig({}, rig.dir);
    const w2 = next.window();
    next.dialogs.messageAnswers.push(0); // Recover
    await next.c.recoverBackups();
    expect(next.dialogs.messages()[0]).toBe('Recover the unsaved changes to “Crash victim”?');
    expect(w2.page.opened).toEqual([
      expect.objectContaining({ name: 'Crash victim.vtopo', recovered: true }),
    ]);
    expect(w2.page.text).toBe(docText('Crash victim'));
    expect(w2.page.opened[0]).not.toHaveProperty('ref');
    // Recovered work counts as unsaved until it is saved.
    expect(w2.title).toBe('• Crash victim.vtopo — vtopo');
    next.dialogs.messageAnswers.push(2);
    expect(await next.c.requestClose(w2.id)).toBe(false);
    next.c.dispose();
  });
});

describe('recovery', () => {
  async function backupOf(path: string | null, text: string, base?: string) {
    const b = store();
    const id = 'a'.repeat(32);
    await b.write({
      id,
      savedAt: Date.now(),
      title: 'Doc',
      file: path ? { path, stamp: stampFor(base ?? '', 0) } : null,
      text,
    });
    return id;
  }

  it('a backup of a file unchanged since goes back onto that file; Save writes there, no dialog', async () => {
    const path = join(rig.dir, 'a.vtopo');
    await writeFile(path, docText('Saved'));
    await backupOf(path, docText('Unsaved'), docText('Saved'));
    const w = rig.window();
    rig.dialogs.messageAnswers.push(0);
    await rig.c.recoverBackups();
    const doc = w.page.opened[0]!;
    expect(doc).toMatchObject({
      name: 'a.vtopo',
      recovered: true,
      ref: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(await rig.c.save(w.id, w.page.text, 'a.vtopo', doc.ref as string)).toMatchObject({
      ok: true,
    });
    expect(await readFile(path, 'utf8')).toBe(docText('Unsaved'));
    await rig.c.session(w.id)!.backupQueue;
    expect(await backupFiles()).toEqual([]);
  });

  it('a backup older than the file on disk is never put in its place: it opens as a copy, after a warning', async () => {
    const path = join(rig.dir, 'a.vtopo');
    await writeFile(path, docText('Newer, from elsewhere'));
    await backupOf(path, docText('Unsaved'), docText('Saved'));
    const w = rig.window();
    rig.dialogs.messageAnswers.push(0, 0); // Recover; Open Backup as Copy
    await rig.c.recoverBackups();
    expect(rig.dialogs.messages()[1]).toBe('“a.vtopo” was changed after this backup was made.');
    expect(rig.dialogs.asked[1]?.box?.buttons).toEqual(['Open Backup as Copy', 'Decide Later']);
    const doc = w.page.opened[0]!;
    expect(doc).toMatchObject({ name: 'a (recovered).vtopo', recovered: true });
    expect(doc).not.toHaveProperty('ref');
    // Saving it asks where: the newer file cannot be overwritten by accident.
    rig.dialogs.saveAnswers.push(null);
    await rig.c.save(w.id, w.page.text, doc.name, w.page.ref);
    expect(rig.dialogs.asked.at(-1)?.kind).toBe('save');
    expect(await readFile(path, 'utf8')).toBe(docText('Newer, from elsewhere'));
  });

  it('Decide Later keeps the backup and opens nothing; Discard removes it', async () => {
    const path = join(rig.dir, 'gone.vtopo');
    await backupOf(path, docText('Unsaved'), docText('Saved'));
    const w = rig.window();
    rig.dialogs.messageAnswers.push(0, 1); // Recover; the file is gone: Decide Later
    await rig.c.recoverBackups();
    expect(rig.dialogs.messages()[1]).toBe('“gone.vtopo” is no longer where it was.');
    expect(w.page.opened).toEqual([]);
    expect(await backupFiles()).toHaveLength(1);
    rig.dialogs.messageAnswers.push(1); // Discard
    await rig.c.recoverBackups();
    expect(await backupFiles()).toEqual([]);
  });

  it('damaged backups and temp files of interrupted backup writes are cleaned away', async () => {
    const dir = backupsDir();
    await backupOf(null, docText('Fine'));
    await writeFile(
      join(dir, `${'b'.repeat(32)}.vtopo-backup`),
      '{"format":"vtopo-backup","version":1,"id":"',
    );
    await writeFile(join(dir, tempNameFor(`${'c'.repeat(32)}.vtopo-backup`, 999_999)), 'half');
    const list = await store().list();
    expect(list.map((r) => r.text)).toEqual([docText('Fine')]);
    expect((await readdir(dir)).sort()).toEqual([`${'a'.repeat(32)}.vtopo-backup`]);
  });

  it('a backup file cannot name a path outside the backups folder', () => {
    expect(() => store().pathOf('../../etc/passwd')).toThrow();
  });
});
