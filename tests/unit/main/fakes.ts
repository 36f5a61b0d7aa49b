// Fakes for the desktop shell's ports: windows whose "page" answers like the editor does,
// dialogs that answer from a script (and fail the test on a question nobody expected),
// and a controller over real files in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DesktopAction, DesktopDocument, NativeEditAction } from '../../../renderer/host/host';
import { emptyDoc } from '../../../app/model/document';
import { saveDocument } from '../../../app/schema/save';
import { BackupStore } from '../../../main/backup/backup-store';
import { DocumentController } from '../../../main/documents/controller';
import type { ControllerOptions } from '../../../main/documents/controller';
import type { Dialogs, EditorWindow, FileFilter, MessageBox } from '../../../main/documents/ports';
import { PUSH } from '../../../main/ipc/channels';
import { RecentDocuments } from '../../../main/recent/recent-store';

export function docText(title: string): string {
  return saveDocument({
    ...emptyDoc(title),
    nodes: [{ id: 'hw1', kind: 'hardware', props: { arch: 'x86_64' } }],
  });
}

/** The editor page in a fake window: its document, as the renderer would hold it. */
export class FakePage {
  text = docText('Untitled');
  title = 'Untitled';
  dirty = false;
  ref: string | null = null;
  responsive = true;
  readonly opened: DesktopDocument[] = [];
  readonly commands: DesktopAction[] = [];

  edit(title: string): void {
    this.text = docText(title);
    this.title = title;
    this.dirty = true;
  }
}

let nextId = 1;

export class FakeWindow implements EditorWindow {
  readonly id = nextId++;
  readonly contentsId = 1000 + this.id;
  readonly page = new FakePage();
  readonly sent: { channel: string; payload: unknown }[] = [];
  title = '';
  represented = '';
  edited = false;
  destroyed = false;
  focused = 0;
  reloaded = 0;
  closed = false;
  readonly edits: NativeEditAction[] = [];
  controller!: DocumentController;

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
    if (channel === PUSH.snapshotRequest && this.page.responsive) {
      const p = this.page;
      const snap = { dirty: p.dirty, text: p.text, title: p.title, ref: p.ref };
      queueMicrotask(() => this.controller.snapshotReply(this.id, payload as number, snap));
    }
    if (channel === PUSH.openDocument) {
      const doc = payload as DesktopDocument;
      this.page.opened.push(doc);
      this.page.text = new TextDecoder().decode(doc.bytes);
      this.page.title = doc.name;
      this.page.ref = typeof doc.ref === 'string' ? doc.ref : null;
      this.page.dirty = false;
    }
    if (channel === PUSH.command) this.page.commands.push(payload as DesktopAction);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setRepresentedFilename(path: string): void {
    this.represented = path;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
  focus(): void {
    this.focused++;
  }
  close(): void {
    this.closed = true;
  }
  reload(): void {
    this.reloaded++;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  nativeEdit(action: NativeEditAction): void {
    this.edits.push(action);
  }
}

type Answer<T> = T | ((opts: never) => T);

/** Dialogs answered from queues; every question is logged. */
export class FakeDialogs implements Dialogs {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly messageAnswers: Answer<number>[] = [];
  readonly asked: {
    kind: 'open' | 'save' | 'message';
    text: string;
    defaultPath?: string;
    filters?: readonly FileFilter[];
    box?: MessageBox;
  }[] = [];

  async open(
    _win: EditorWindow | null,
    opts: { title: string; defaultPath?: string; filters: readonly FileFilter[] },
  ) {
    this.asked.push({
      kind: 'open',
      text: opts.title,
      filters: opts.filters,
      ...(opts.defaultPath ? { defaultPath: opts.defaultPath } : {}),
    });
    if (this.openAnswers.length === 0) throw new Error('unexpected open dialog');
    return this.openAnswers.shift()!;
  }
  async save(
    _win: EditorWindow | null,
    opts: { title: string; defaultPath: string; filters: readonly FileFilter[] },
  ) {
    this.asked.push({
      kind: 'save',
      text: opts.title,
      defaultPath: opts.defaultPath,
      filters: opts.filters,
    });
    if (this.saveAnswers.length === 0) throw new Error('unexpected save dialog');
    return this.saveAnswers.shift()!;
  }
  async message(_win: EditorWindow | null, box: MessageBox) {
    this.asked.push({ kind: 'message', text: box.message, box });
    if (this.messageAnswers.length === 0) throw new Error(`unexpected message: ${box.message}`);
    const a = this.messageAnswers.shift()!;
    return typeof a === 'function' ? (a as (b: MessageBox) => number)(box as never) : a;
  }
  messages(): string[] {
    return this.asked.filter((a) => a.kind === 'message').map((a) => a.text);
  }
}

export interface Rig {
  readonly dir: string;
  readonly userData: string;
  readonly dialogs: FakeDialogs;
  readonly c: DocumentController;
  readonly windows: FakeWindow[];
  readonly recentDocs: string[];
  /** A new window whose page has connected. */
  window(): FakeWindow;
  cleanup(): Promise<void>;
}

/** A controller over a temp folder; pass `dir` to start "again" over an earlier rig's data. */
export async function makeRig(
  options: Partial<ControllerOptions> = {},
  reuseDir?: string,
): Promise<Rig> {
  const dir = reuseDir ?? (await mkdtemp(join(tmpdir(), 'vtopo-main-')));
  const userData = join(dir, 'userData');
  const dialogs = new FakeDialogs();
  const windows: FakeWindow[] = [];
  const recentDocs: string[] = [];
  const recent = new RecentDocuments(join(userData, 'recent.json'), 'linux');
  await recent.load();
  const c: DocumentController = new DocumentController({
    dialogs,
    desktop: {
      createWindow: () => {
        const w = new FakeWindow();
        w.controller = c;
        windows.push(w);
        return w;
      },
      addRecentDocument: (p) => recentDocs.push(p),
      clearRecentDocuments: () => recentDocs.splice(0),
    },
    recent,
    backups: new BackupStore(join(userData, 'backups')),
    rasterize: async () =>
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    platform: 'linux',
    documentsDir: dir,
    backupDelayMs: 20,
    snapshotTimeoutMs: 200,
    ...options,
  });
  return {
    dir,
    userData,
    dialogs,
    c,
    windows,
    recentDocs,
    window() {
      const s = c.newWindow();
      c.rendererReady(s.win.id);
      return s.win as FakeWindow;
    },
    cleanup: async () => {
      c.dispose();
      await Promise.all(c.sessionList().map((s) => s.backupQueue));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds (polling), failing after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(5);
  }
}
