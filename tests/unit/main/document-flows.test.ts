// The desktop app's file flows, end to end through the controller, with real files in a
// temp folder and fake windows and dialogs: open, save, save as, recent, revert,
// changed on disk, failed saves, close and quit with unsaved changes, files from the OS.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesktopDocument } from '../../../renderer/host/host';
import { PUSH } from '../../../main/ipc/channels';
import { docText, makeRig, until } from './fakes';
import type { FakeWindow, Rig } from './fakes';

let rig: Rig;
beforeEach(async () => {
  rig = await makeRig();
});
afterEach(() => rig.cleanup());

async function fileWith(name: string, text: string): Promise<string> {
  const path = join(rig.dir, name);
  await writeFile(path, text);
  return path;
}

/** Opens `path` in `w` through File > Open, as the page would; returns the ref. */
async function openIn(w: FakeWindow, path: string): Promise<string> {
  rig.dialogs.openAnswers.push(path);
  const r = await rig.c.open(w.id);
  if (!r.ok || !r.value) throw new Error('open failed');
  w.page.ref = r.value.ref as string;
  w.page.text = new TextDecoder().decode(r.value.bytes);
  return r.value.ref as string;
}

describe('Open', () => {
  it('returns the file as the window will load it, with a ref and never a path', async () => {
    const w = rig.window();
    const path = await fileWith('stack.vtopo', docText('Stack'));
    rig.dialogs.openAnswers.push(path);
    const r = await rig.c.open(w.id);
    expect(r.ok && r.value?.name).toBe('stack.vtopo');
    if (!r.ok || !r.value) return;
    expect(new TextDecoder().decode(r.value.bytes)).toBe(docText('Stack'));
    expect(r.value.ref).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(r.value)).not.toContain(rig.dir);
    expect(w.title).toBe('stack.vtopo — vtopo');
    expect(w.represented).toBe(path);
  });

  it('cancelled: nothing', async () => {
    const w = rig.window();
    rig.dialogs.openAnswers.push(null);
    expect(await rig.c.open(w.id)).toEqual({ ok: true, value: null });
  });

  it('a file made by a newer vtopo is refused with the reason, the window keeps its document', async () => {
    const w = rig.window();
    const path = await fileWith('new.vtopo', JSON.stringify({ format: 'vtopo', version: 7 }));
    rig.dialogs.openAnswers.push(path);
    const r = await rig.c.open(w.id);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer vtopo \(format version 7/),
    });
    expect(rig.c.session(w.id)?.current).toBeUndefined();
  });

  it('is remembered in the recent list and by the OS', async () => {
    const w = rig.window();
    const a = await fileWith('a.vtopo', docText('A'));
    const b = await fileWith('b.vtopo', docText('B'));
    await openIn(w, a);
    await openIn(w, b);
    expect(rig.c.recentPaths()).toEqual([b, a]);
    expect(rig.recentDocs).toEqual([a, b]);
    // The next dialog starts where the last document was.
    rig.dialogs.openAnswers.push(null);
    await rig.c.open(w.id);
    expect(rig.dialogs.asked.at(-1)?.defaultPath).toBe(rig.dir);
  });
});

describe('Save and Save As', () => {
  it('Save writes to the file the ref names, without a dialog', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    const ref = await openIn(w, path);
    const r = await rig.c.save(w.id, docText('A2'), 'a.vtopo', ref);
    expect(r).toEqual({ ok: true, value: { name: 'a.vtopo', ref } });
    expect(await readFile(path, 'utf8')).toBe(docText('A2'));
    expect(rig.dialogs.asked.filter((a) => a.kind !== 'open')).toEqual([]);
  });

  it('Save As (no ref) asks where, suggesting a clean name in the last folder, and adds .vtopo', async () => {
    const w = rig.window();
    rig.dialogs.saveAnswers.push(join(rig.dir, 'chosen'));
    const r = await rig.c.save(w.id, docText('New'), '../../etc/pass:wd', undefined);
    expect(r.ok && r.value?.name).toBe('chosen.vtopo');
    expect(await readFile(join(rig.dir, 'chosen.vtopo'), 'utf8')).toBe(docText('New'));
    const asked = rig.dialogs.asked.find((a) => a.kind === 'save');
    expect(asked?.defaultPath).toBe(join(rig.dir, 'etc-pass-wd.vtopo'));
    expect(rig.c.recentPaths()[0]).toBe(join(rig.dir, 'chosen.vtopo'));
  });

  it('a ref main never handed out is not trusted: it becomes Save As', async () => {
    const w = rig.window();
    rig.dialogs.saveAnswers.push(null);
    expect(await rig.c.save(w.id, docText('X'), 'x.vtopo', 'f'.repeat(32))).toEqual({
      ok: true,
      value: null,
    });
    expect(rig.dialogs.asked.map((a) => a.kind)).toEqual(['save']);
  });

  it("a ref from another window is not this window's file", async () => {
    const w1 = rig.window();
    const w2 = rig.window();
    const ref = await openIn(w1, await fileWith('a.vtopo', docText('A')));
    rig.dialogs.saveAnswers.push(null);
    await rig.c.save(w2.id, docText('B'), 'a.vtopo', ref);
    expect(rig.dialogs.asked.at(-1)?.kind).toBe('save');
    expect(await readFile(join(rig.dir, 'a.vtopo'), 'utf8')).toBe(docText('A'));
  });

  it('Save As onto a typed name whose .vtopo file exists asks before replacing it', async () => {
    const w = rig.window();
    await fileWith('taken.vtopo', 'precious');
    rig.dialogs.saveAnswers.push(join(rig.dir, 'taken'));
    rig.dialogs.messageAnswers.push(1); // Cancel
    expect(await rig.c.save(w.id, docText('X'), 'x', undefined)).toEqual({ ok: true, value: null });
    expect(await readFile(join(rig.dir, 'taken.vtopo'), 'utf8')).toBe('precious');
  });
});

describe('a file changed on disk since it was opened', () => {
  async function changedFile(w: FakeWindow) {
    const path = await fileWith('a.vtopo', docText('A'));
    const ref = await openIn(w, path);
    await writeFile(path, docText('Changed elsewhere'));
    return { path, ref };
  }

  it('is noticed before it is overwritten; Cancel keeps the other program’s version', async () => {
    const w = rig.window();
    const { path, ref } = await changedFile(w);
    rig.dialogs.messageAnswers.push(2);
    expect(await rig.c.save(w.id, docText('Mine'), 'a.vtopo', ref)).toEqual({
      ok: true,
      value: null,
    });
    expect(rig.dialogs.messages()[0]).toBe(
      '“a.vtopo” was changed by another program since you opened it.',
    );
    expect(await readFile(path, 'utf8')).toBe(docText('Changed elsewhere'));
  });

  it('Replace overwrites; after that, saving again asks nothing', async () => {
    const w = rig.window();
    const { path, ref } = await changedFile(w);
    rig.dialogs.messageAnswers.push(0);
    await rig.c.save(w.id, docText('Mine'), 'a.vtopo', ref);
    expect(await readFile(path, 'utf8')).toBe(docText('Mine'));
    await rig.c.save(w.id, docText('Mine 2'), 'a.vtopo', ref);
    expect(rig.dialogs.messages()).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe(docText('Mine 2'));
  });

  it('Save As… keeps both', async () => {
    const w = rig.window();
    const { path, ref } = await changedFile(w);
    rig.dialogs.messageAnswers.push(1);
    rig.dialogs.saveAnswers.push(join(rig.dir, 'mine.vtopo'));
    const r = await rig.c.save(w.id, docText('Mine'), 'a.vtopo', ref);
    expect(r.ok && r.value?.name).toBe('mine.vtopo');
    expect(await readFile(path, 'utf8')).toBe(docText('Changed elsewhere'));
    expect(await readFile(join(rig.dir, 'mine.vtopo'), 'utf8')).toBe(docText('Mine'));
  });

  it('a file merely touched (same bytes) is not a change', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    const ref = await openIn(w, path);
    await writeFile(path, docText('A'));
    await rig.c.save(w.id, docText('A2'), 'a.vtopo', ref);
    expect(rig.dialogs.messages()).toEqual([]);
  });

  it('a deleted file is noticed too, and can be saved again in its place', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    const ref = await openIn(w, path);
    await rm(path);
    rig.dialogs.messageAnswers.push(0);
    await rig.c.save(w.id, docText('Back'), 'a.vtopo', ref);
    expect(rig.dialogs.messages()[0]).toMatch(/was moved, renamed or deleted/);
    expect(await readFile(path, 'utf8')).toBe(docText('Back'));
  });
});

describe('a save that fails', () => {
  it('into a folder that cannot take files says so plainly', async () => {
    const w = rig.window();
    // Root ignores permissions, so the "read-only folder" is a path through a plain file.
    const blocker = await fileWith('blocker', 'not a folder');
    rig.dialogs.saveAnswers.push(join(blocker, 'a.vtopo'));
    const r = await rig.c.save(w.id, docText('X'), 'a.vtopo', undefined);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Could not save “a.vtopo”: .*is a file, not a folder.*The file on disk was not changed\.$/,
      ),
    });
    expect(await readFile(blocker, 'utf8')).toBe('not a folder');
    expect(rig.c.recentPaths()).toEqual([]);
  });

  it('over its own file leaves the old file intact and the document unsaved', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    const ref = await openIn(w, path);
    // Something else now stands where the file was: a folder, which a rename cannot replace.
    await rm(path);
    await mkdir(path);
    await writeFile(join(path, 'inside'), 'kept');
    rig.dialogs.messageAnswers.push(0); // "moved or deleted": Save there anyway
    const r = await rig.c.save(w.id, docText('A2'), 'a.vtopo', ref);
    expect(r.ok).toBe(false);
    expect(await readFile(join(path, 'inside'), 'utf8')).toBe('kept');
  });
});

describe('Revert', () => {
  it('asks when there are unsaved changes, then reloads the file from disk', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    const ref = await openIn(w, path);
    w.page.edit('A edited');
    rig.dialogs.messageAnswers.push(1); // Cancel
    await rig.c.revert(w.id);
    expect(w.page.opened).toEqual([]);
    rig.dialogs.messageAnswers.push(0); // Revert
    await rig.c.revert(w.id);
    expect(rig.dialogs.messages()).toEqual([
      'Revert to the saved version of “a.vtopo”?',
      'Revert to the saved version of “a.vtopo”?',
    ]);
    expect(w.page.opened).toHaveLength(1);
    expect(w.page.opened[0]).toMatchObject({ name: 'a.vtopo', ref });
    expect(w.page.text).toBe(docText('A'));
  });

  it('an unsaved document has nothing to revert to', async () => {
    const w = rig.window();
    rig.dialogs.messageAnswers.push(0);
    await rig.c.revert(w.id);
    expect(rig.dialogs.messages()[0]).toMatch(/has not been saved to a file/);
  });
});

describe('documents from the OS (argv, open-file, second instance, Open Recent, drop)', () => {
  it('go to the empty window, then to new windows, never replacing a document', async () => {
    const w = rig.window();
    const a = await fileWith('a.vtopo', docText('A'));
    const b = await fileWith('b.vtopo', docText('B'));
    await rig.c.openPaths([a, b]);
    expect(w.page.opened.map((d) => d.name)).toEqual(['a.vtopo']);
    expect(rig.windows).toHaveLength(2);
    // The new window's page has not connected yet: its document waits for it.
    const w2 = rig.windows[1]!;
    expect(w2.page.opened).toEqual([]);
    rig.c.rendererReady(w2.id);
    expect(w2.page.opened.map((d) => d.name)).toEqual(['b.vtopo']);
  });

  it('a window with unsaved changes keeps them: the file opens in a new window', async () => {
    const w = rig.window();
    rig.c.setDocumentState(w.id, { title: 'Untitled', dirty: true });
    await rig.c.openPaths([await fileWith('a.vtopo', docText('A'))]);
    expect(w.page.opened).toEqual([]);
    expect(rig.windows).toHaveLength(2);
  });

  it('a file already open is brought to the front, not opened twice', async () => {
    const w = rig.window();
    const a = await fileWith('a.vtopo', docText('A'));
    await rig.c.openPaths([a]);
    await rig.c.openPaths([a]);
    expect(rig.windows).toHaveLength(1);
    expect(w.page.opened).toHaveLength(1);
    expect(w.focused).toBeGreaterThanOrEqual(2);
  });

  it('a recent document that no longer exists is reported and leaves the list', async () => {
    const w = rig.window();
    const a = await fileWith('a.vtopo', docText('A'));
    await openIn(w, a);
    await openIn(w, await fileWith('b.vtopo', docText('B')));
    await rm(a);
    rig.dialogs.messageAnswers.push(0);
    expect(await rig.c.openPath(a, w.id)).toBe(false);
    expect(rig.dialogs.messages()[0]).toMatch(/no longer exists/);
    expect(rig.c.recentPaths()).toEqual([join(rig.dir, 'b.vtopo')]);
  });

  it('a dropped file opens only when its bytes are those the page read from it', async () => {
    const w = rig.window();
    const a = await fileWith('a.vtopo', docText('A'));
    const other = new TextEncoder().encode(docText('Other'));
    expect(await rig.c.openDropped(w.id, a, other)).toMatchObject({
      ok: false,
      error: /changed while it was being opened/,
    });
    expect(await rig.c.openDropped(w.id, '/etc/passwd', other)).toMatchObject({ ok: false });
    const same = new TextEncoder().encode(docText('A'));
    expect(await rig.c.openDropped(w.id, a, same)).toEqual({ ok: true, value: true });
    expect(w.page.opened.map((d: DesktopDocument) => d.name)).toEqual(['a.vtopo']);
  });
});

describe('window title and edited mark', () => {
  it('follow the state the page reports, cleaned of control characters', () => {
    const w = rig.window();
    rig.c.setDocumentState(w.id, { title: 'evil\u202egnp.vtopo\u0007', dirty: true });
    expect(w.title).toBe('• evilgnp.vtopo — vtopo');
    expect(w.edited).toBe(true);
    rig.c.setDocumentState(w.id, { title: 'a.vtopo', dirty: false });
    expect(w.title).toBe('a.vtopo — vtopo');
    expect(w.edited).toBe(false);
  });
});

describe('closing a window and quitting', () => {
  it('a window without unsaved changes closes without a question', async () => {
    const w = rig.window();
    expect(await rig.c.requestClose(w.id)).toBe(true);
    expect(rig.dialogs.asked).toEqual([]);
  });

  it('Cancel keeps the window; Don’t Save closes it; Save saves then closes', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    await openIn(w, path);
    w.page.edit('A edited');
    rig.c.setDocumentState(w.id, { title: 'a.vtopo', dirty: true });

    rig.dialogs.messageAnswers.push(2);
    expect(await rig.c.requestClose(w.id)).toBe(false);
    const box = rig.dialogs.asked.at(-1)?.box;
    expect(box?.message).toBe('Do you want to save the changes you made to “A edited”?');
    expect(box?.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(box?.cancelId).toBe(2);

    rig.dialogs.messageAnswers.push(0);
    expect(await rig.c.requestClose(w.id)).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(docText('A edited'));
  });

  it('Save on an unsaved new document asks where; cancelling that keeps the window open', async () => {
    const w = rig.window();
    w.page.edit('Fresh');
    rig.dialogs.messageAnswers.push(0);
    rig.dialogs.saveAnswers.push(null);
    expect(await rig.c.requestClose(w.id)).toBe(false);
    expect(rig.dialogs.asked.at(-1)?.defaultPath).toBe(join(rig.dir, 'Fresh.vtopo'));
  });

  it('a save that fails on close says why and keeps the window open', async () => {
    const w = rig.window();
    w.page.edit('Fresh');
    const blocker = await fileWith('blocker', 'x');
    rig.dialogs.messageAnswers.push(0, 0);
    rig.dialogs.saveAnswers.push(join(blocker, 'a.vtopo'));
    expect(await rig.c.requestClose(w.id)).toBe(false);
    expect(rig.dialogs.messages()[1]).toMatch(/^Could not save “a.vtopo”/);
  });

  it('quitting asks each window with unsaved changes in turn; Cancel stops the quit', async () => {
    const clean = rig.window();
    const dirty = rig.window();
    dirty.page.edit('Work');
    rig.dialogs.messageAnswers.push(2);
    expect(await rig.c.requestQuit()).toBe(false);
    expect(rig.dialogs.messages()).toEqual(['Do you want to save the changes you made to “Work”?']);
    rig.dialogs.messageAnswers.push(1);
    expect(await rig.c.requestQuit()).toBe(true);
    expect(rig.c.session(clean.id)?.closeApproved).toBe(true);
    expect(rig.c.session(dirty.id)?.closeApproved).toBe(true);
  });

  it('a window that does not answer is judged by its last reported state', async () => {
    const w = rig.window();
    rig.c.setDocumentState(w.id, { title: 'Work', dirty: true });
    w.page.responsive = false;
    rig.dialogs.messageAnswers.push(0, 1); // Save; then "cannot save now": Cancel
    expect(await rig.c.requestClose(w.id)).toBe(false);
    expect(rig.dialogs.messages()[1]).toMatch(/not responding/);
  });

  it('two close requests at once ask once', async () => {
    const w = rig.window();
    w.page.edit('Work');
    rig.dialogs.messageAnswers.push(1);
    const [a, b] = await Promise.all([rig.c.requestClose(w.id), rig.c.requestClose(w.id)]);
    expect([a, b]).toEqual([true, true]);
    expect(rig.dialogs.messages()).toHaveLength(1);
  });
});

describe('menu commands and edits', () => {
  it('go to a connected window only', () => {
    const s = rig.c.newWindow();
    const w = s.win as FakeWindow;
    rig.c.send(w.id, 'undo');
    expect(w.page.commands).toEqual([]);
    rig.c.rendererReady(w.id);
    rig.c.send(w.id, 'undo');
    expect(w.sent.filter((m) => m.channel === PUSH.command).map((m) => m.payload)).toEqual([
      'undo',
    ]);
    rig.c.nativeEdit(w.id, 'paste');
    expect(w.edits).toEqual(['paste']);
  });
});

describe('export', () => {
  it('writes what the window exported, after checking it is what it claims', async () => {
    const w = rig.window();
    const notPng = new Uint8Array([1, 2, 3]);
    expect(await rig.c.exportFile(w.id, notPng, 'a.png', 'image/png')).toMatchObject({
      ok: false,
      error: 'The export is not a PNG image.',
    });
    expect(await rig.c.exportFile(w.id, '<html>', 'a.svg', 'image/svg+xml')).toMatchObject({
      ok: false,
    });
    rig.dialogs.saveAnswers.push(join(rig.dir, 'picture'));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>';
    expect(await rig.c.exportFile(w.id, svg, 'Stack', 'image/svg+xml')).toEqual({
      ok: true,
      value: 'picture.svg',
    });
    expect(await readFile(join(rig.dir, 'picture.svg'), 'utf8')).toBe(svg);
    expect(rig.dialogs.asked.at(-1)).toMatchObject({
      defaultPath: join(rig.dir, 'Stack.svg'),
      filters: [{ extensions: ['svg'] }],
    });
  });

  it('Export as SVG from the menu exports the window’s document with app/export', async () => {
    const w = rig.window();
    w.page.edit('Menu export');
    rig.dialogs.saveAnswers.push(join(rig.dir, 'out.svg'));
    await rig.c.exportFromMenu(w.id, 'svg');
    const svg = await readFile(join(rig.dir, 'out.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('data-id="hw1"');
    rig.dialogs.saveAnswers.push(join(rig.dir, 'out.png'));
    await rig.c.exportFromMenu(w.id, 'png');
    expect([...(await readFile(join(rig.dir, 'out.png'))).subarray(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
  });
});

describe('a crashed page', () => {
  it('is reloaded on request, and its backup offered back when it connects again', async () => {
    const w = rig.window();
    const path = await fileWith('a.vtopo', docText('A'));
    await openIn(w, path);
    w.page.edit('Unsaved');
    rig.c.setDocumentState(w.id, { title: 'a.vtopo', dirty: true });
    await until(
      async () =>
        (await rig.c.session(w.id)!.backupQueue.then(() => rig.c.session(w.id)!.lastBackupHash)) !==
        undefined,
    );
    rig.dialogs.messageAnswers.push(0); // Reload
    await rig.c.rendererGone(w.id, 'crashed');
    expect(w.reloaded).toBe(1);
    rig.dialogs.messageAnswers.push(0); // Recover
    rig.c.rendererReady(w.id);
    await until(() => w.page.opened.length === 1);
    expect(w.page.opened[0]).toMatchObject({ name: 'a.vtopo', recovered: true });
    expect(w.page.text).toBe(docText('Unsaved'));
  });
});
