// The desktop app's document flows: open, save, save as, revert, export, documents from
// the OS, closing and quitting with unsaved changes. Windows hold refs, main holds paths;
// every path comes from a dialog, the OS (argv, open-file, a drop) or main's own lists.
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
  DesktopAction,
  DesktopDocument,
  HostResult,
  NativeEditAction,
  OpenedFile,
  SavedFile,
} from '../../renderer/host/host';
import { writeFileAtomic } from '../fs/atomic-write';
import { compareWithDisk, hashBytes, stampFor } from '../fs/file-stamp';
import { checkDocumentBytes, readDocumentFile } from '../fs/read-document';
import { describeSaveError } from '../fs/save-errors';
import { cleanStaleTemps } from '../fs/temp-names';
import { PUSH } from '../ipc/channels';
import type { Snapshot } from '../ipc/schemas';
import type { RecentDocuments } from '../recent/recent-store';
import type { BackupStore } from '../backup/backup-store';
import { BackupScheduler } from '../backup/backup-scheduler';
import { offerRecovery } from '../backup/recovery';
import { EXPORT_TYPES, exportProblem } from '../export/export-check';
import type { ExportMime } from '../export/export-check';
import { exportImage } from '../export/export-image';
import type { ImageFormat } from '../export/export-image';
import { safeFileName, withExtension } from './file-names';
import type { Desktop, Dialogs, EditorWindow, FileFilter, Rasterize } from './ports';
import { Session } from './session';
import { Questions } from './questions';
import { SnapshotBroker } from './snapshot-broker';
import { cleanTitle, windowTitle } from './title';

export const DOCUMENT_FILTERS: readonly FileFilter[] = [
  { name: 'vtopo document', extensions: ['vtopo'] },
];
const OPEN_FILTERS: readonly FileFilter[] = [
  { name: 'vtopo documents', extensions: ['vtopo', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

export interface ControllerOptions {
  readonly dialogs: Dialogs;
  readonly desktop: Desktop;
  readonly recent: RecentDocuments;
  readonly backups: BackupStore;
  readonly rasterize: Rasterize;
  readonly platform: NodeJS.Platform;
  /** Where dialogs start before any document was opened. */
  readonly documentsDir: string;
  /** How long after an edit its backup is written (default 3 s). */
  readonly backupDelayMs?: number;
  /** How long a window has to answer a question (default 5 s). */
  readonly snapshotTimeoutMs?: number;
  /** The recent list changed: the File menu is rebuilt. */
  readonly onRecentChanged?: () => void;
}

type Result<T> = HostResult<T>;

export class DocumentController {
  private readonly sessions = new Map<number, Session>();
  readonly broker: SnapshotBroker;
  private readonly backup: BackupScheduler;
  private readonly ask: Questions;
  private exportFolder: string | undefined;

  constructor(private readonly o: ControllerOptions) {
    this.ask = new Questions(o.dialogs);
    this.broker = new SnapshotBroker(o.snapshotTimeoutMs ?? 5000);
    this.backup = new BackupScheduler(o.backups, this.broker, o.backupDelayMs ?? 3000);
  }

  // ---- windows -------------------------------------------------------------------------

  newWindow(): Session {
    const win = this.o.desktop.createWindow();
    const session = new Session(win);
    this.sessions.set(win.id, session);
    this.refreshWindow(session);
    return session;
  }

  session(windowId: number): Session | undefined {
    return this.sessions.get(windowId);
  }

  sessionList(): Session[] {
    return [...this.sessions.values()];
  }

  /** Whether IPC from these web contents comes from one of our editor windows. */
  isEditorContents(contentsId: number): boolean {
    for (const s of this.sessions.values()) if (s.win.contentsId === contentsId) return true;
    return false;
  }

  sessionForContents(contentsId: number): Session | undefined {
    for (const s of this.sessions.values()) if (s.win.contentsId === contentsId) return s;
    return undefined;
  }

  /** The window was closed (after the close flow) or destroyed. */
  windowClosed(windowId: number): void {
    const s = this.sessions.get(windowId);
    if (!s) return;
    this.backup.stop(s);
    this.broker.dropWindow(windowId);
    this.sessions.delete(windowId);
  }

  /** Stops the backup timers (at quit, once every window has been settled). */
  dispose(): void {
    this.backup.close();
    for (const s of this.sessions.values()) {
      this.backup.stop(s);
      this.broker.dropWindow(s.win.id);
    }
  }

  /** The page connected: documents that waited for it are delivered. */
  rendererReady(windowId: number): void {
    const s = this.sessions.get(windowId);
    if (!s) return;
    s.ready = true;
    for (const doc of s.pending.splice(0)) s.win.send(PUSH.openDocument, doc);
    if (s.offerBackupOnReady) {
      s.offerBackupOnReady = false;
      void this.offerOwnBackup(s);
    }
  }

  /** The page crashed or was killed: its last backup is offered back after a reload. */
  async rendererGone(windowId: number, reason: string): Promise<void> {
    const s = this.sessions.get(windowId);
    if (!s || s.win.isDestroyed()) return;
    s.ready = false;
    this.broker.dropWindow(windowId);
    this.backup.stop(s);
    const backedUp = await this.o.backups.read(s.backupId);
    if (await this.ask.reloadCrashed(s.win, reason, backedUp?.savedAt)) {
      s.offerBackupOnReady = backedUp !== null;
      s.dirty = false;
      s.win.reload();
    } else {
      // The backup stays, for the next start.
      s.closeApproved = true;
      s.win.close();
    }
  }

  send(windowId: number, action: DesktopAction): void {
    const s = this.sessions.get(windowId);
    if (s?.ready) s.win.send(PUSH.command, action);
  }

  nativeEdit(windowId: number, action: NativeEditAction): void {
    this.sessions.get(windowId)?.win.nativeEdit(action);
  }

  // ---- state reported by the window -----------------------------------------------------

  setDocumentState(
    windowId: number,
    state: { title: string; dirty: boolean; ref?: string | null },
  ): void {
    const s = this.sessions.get(windowId);
    if (!s) return;
    s.title = cleanTitle(state.title);
    s.dirty = state.dirty;
    if (typeof state.ref === 'string' && s.file(state.ref)) s.current = state.ref;
    this.refreshWindow(s);
    if (s.dirty) this.backup.schedule(s);
    else if (!s.recovered) this.backup.discard(s);
  }

  snapshotReply(windowId: number, requestId: number, snapshot: Snapshot | null): void {
    this.broker.reply(windowId, requestId, snapshot);
  }

  private refreshWindow(s: Session): void {
    if (s.win.isDestroyed()) return;
    s.win.setTitle(windowTitle(s.title, s.unsaved, this.o.platform));
    s.win.setDocumentEdited(s.unsaved);
    s.win.setRepresentedFilename(s.currentFile()?.path ?? '');
  }

  // ---- open ------------------------------------------------------------------------------

  /** File > Open in a window: the dialog, then the file goes to that window (it asked). */
  async open(windowId: number): Promise<Result<OpenedFile | null>> {
    const s = this.sessions.get(windowId);
    if (!s) return fail('This window is closing.');
    const path = await this.o.dialogs.open(s.win, {
      title: 'Open',
      defaultPath: this.lastFolder(),
      filters: OPEN_FILTERS,
    });
    if (!path) return { ok: true, value: null };
    const read = await readDocumentFile(path);
    if (!read.ok) {
      if (!(await exists(path))) await this.forgetRecent(path);
      return fail(read.error);
    }
    // The window replaces its document with this one: recovered work it showed is gone.
    s.recovered = false;
    this.backup.discard(s);
    const ref = s.attachFile(path, read.stamp);
    s.title = basename(path);
    this.refreshWindow(s);
    await this.remember(path);
    return { ok: true, value: { name: basename(path), bytes: read.bytes, ref } };
  }

  /**
   * Documents from outside the window: argv, the OS (open-file, a second instance), Open
   * Recent, a drop. Each goes to a window already showing it, else to an empty window,
   * else to a new one: never replacing a document that has something in it.
   */
  async openPaths(paths: readonly string[], preferred?: number): Promise<void> {
    for (const path of paths) await this.openPath(path, preferred);
  }

  async openPath(path: string, preferred?: number): Promise<boolean> {
    const showing = this.sessionList().find((s) => s.currentFile()?.path === path);
    if (showing) {
      showing.win.focus();
      return true;
    }
    const read = await readDocumentFile(path);
    if (!read.ok) {
      if (!(await exists(path))) await this.forgetRecent(path);
      const parent = preferred === undefined ? null : (this.sessions.get(preferred)?.win ?? null);
      await this.ask.tell(parent, 'error', read.error);
      return false;
    }
    const s = this.targetSession(preferred);
    const ref = s.attachFile(path, read.stamp);
    s.title = basename(path);
    this.refreshWindow(s);
    this.deliver(s, { name: basename(path), bytes: read.bytes, ref });
    s.win.focus();
    await this.remember(path);
    return true;
  }

  /**
   * A dropped file, checked to be the file the user dropped (see main/bridge.ts). The page
   * names the path, so what main answers must tell it nothing beyond the bytes it sent: the
   * loader judges those bytes (its reasons quote what they hold), and the file on disk is
   * only compared with them, every difference (missing, unreadable, other bytes) alike.
   */
  async openDropped(windowId: number, path: string, bytes: Uint8Array): Promise<Result<boolean>> {
    if (!/\.(vtopo|json)$/i.test(path)) return fail('vtopo opens .vtopo documents.');
    const sent = checkDocumentBytes(basename(path), bytes, 0);
    if (!sent.ok) return fail(sent.error);
    const read = await readDocumentFile(path);
    if (!read.ok || read.stamp.sha256 !== hashBytes(bytes)) {
      return fail(`“${basename(path)}” changed while it was being opened. Drop it again.`);
    }
    return { ok: true, value: await this.openPath(path, windowId) };
  }

  private targetSession(preferred: number | undefined): Session {
    const p = preferred === undefined ? undefined : this.sessions.get(preferred);
    if (p?.pristine) return p;
    const empty = this.sessionList().find((s) => s.pristine);
    return empty ?? this.newWindow();
  }

  private deliver(s: Session, doc: DesktopDocument): void {
    if (s.ready) s.win.send(PUSH.openDocument, doc);
    else s.pending.push(doc);
  }

  // ---- save ------------------------------------------------------------------------------

  /** Save (to the ref's file) or Save As (no ref, or one main does not know). */
  async save(
    windowId: number,
    text: string,
    suggested: string,
    ref?: string | null,
  ): Promise<Result<SavedFile | null>> {
    const s = this.sessions.get(windowId);
    if (!s) return fail('This window is closing.');
    return this.saveText(s, text, suggested, ref);
  }

  private async saveText(
    s: Session,
    text: string,
    suggested: string,
    ref?: string | null,
  ): Promise<Result<SavedFile | null>> {
    const entry = s.file(ref);
    let target: string | null = null;
    if (entry) {
      const choice = await this.confirmOverwrite(s, entry.path, entry.stamp);
      if (choice === 'cancel') return { ok: true, value: null };
      if (choice === 'overwrite') target = entry.path;
    }
    if (target === null) {
      target = await this.askSavePath(s, suggested);
      if (target === null) return { ok: true, value: null };
    }
    const generation = ++s.generation;
    try {
      await writeFileAtomic(target, text);
    } catch (err) {
      return fail(describeSaveError(err, target));
    }
    const mtimeMs = await stat(target).then(
      (st) => st.mtimeMs,
      () => Date.now(),
    );
    const newRef = s.attachFile(target, stampFor(text, mtimeMs));
    if (s.generation === generation) {
      s.recovered = false;
      this.backup.discard(s);
    }
    s.title = basename(target);
    this.refreshWindow(s);
    await this.remember(target);
    return { ok: true, value: { name: basename(target), ref: newRef } };
  }

  /** Before overwriting: has another program changed (or removed) the file since? */
  private async confirmOverwrite(
    s: Session,
    path: string,
    stamp: Parameters<typeof compareWithDisk>[1],
  ): Promise<'overwrite' | 'saveAs' | 'cancel'> {
    let disk;
    try {
      disk = await compareWithDisk(path, stamp);
    } catch {
      // Unreadable now (permissions changed?): the write will say what is wrong.
      return 'overwrite';
    }
    if (disk.kind === 'same') return 'overwrite';
    return this.ask.overwriteChanged(s.win, path, disk);
  }

  private async askSavePath(s: Session, suggested: string): Promise<string | null> {
    const folder = s.currentFile() ? dirname(s.currentFile()!.path) : this.lastFolder();
    const chosen = await this.o.dialogs.save(s.win, {
      title: 'Save As',
      defaultPath: join(folder, safeFileName(suggested, '.vtopo')),
      filters: DOCUMENT_FILTERS,
    });
    if (!chosen) return null;
    const path = withExtension(chosen, '.vtopo', ['.json']);
    // The dialog asked about replacing the name typed, not the one with the extension added.
    if (path !== chosen && (await exists(path)) && !(await this.ask.replaceExisting(s.win, path)))
      return null;
    return path;
  }

  // ---- revert ----------------------------------------------------------------------------

  async revert(windowId: number): Promise<void> {
    const s = this.sessions.get(windowId);
    if (!s) return;
    const snap = await this.broker.request(s.win);
    const entry = snap ? s.file(snap.ref) : s.currentFile();
    if (!entry) {
      await this.ask.tell(
        s.win,
        'info',
        'This document has not been saved to a file, so there is no saved version to go back to.',
      );
      return;
    }
    const name = basename(entry.path);
    if ((snap?.dirty || s.recovered) && !(await this.ask.revert(s.win, name))) return;
    const read = await readDocumentFile(entry.path);
    if (!read.ok) return this.ask.tell(s.win, 'error', read.error);
    s.generation++;
    s.recovered = false;
    this.backup.discard(s);
    const ref = s.attachFile(entry.path, read.stamp);
    this.deliver(s, { name, bytes: read.bytes, ref });
  }

  // ---- export ----------------------------------------------------------------------------

  /** Writes an export the window made (its export dialog), to a place the user picks. */
  async exportFile(
    windowId: number,
    data: string | Uint8Array,
    suggested: string,
    mime: ExportMime,
  ): Promise<Result<string | null>> {
    const s = this.sessions.get(windowId);
    if (!s) return fail('This window is closing.');
    const problem = exportProblem(data, mime);
    if (problem) return fail(problem);
    const { ext, filter } = EXPORT_TYPES[mime];
    const folder = this.exportFolder ?? this.lastFolder();
    const chosen = await this.o.dialogs.save(s.win, {
      title: 'Export',
      defaultPath: join(folder, safeFileName(suggested, ext)),
      filters: [filter],
    });
    if (!chosen) return { ok: true, value: null };
    const path = withExtension(chosen, ext);
    if (path !== chosen && (await exists(path)) && !(await this.ask.replaceExisting(s.win, path))) {
      return { ok: true, value: null };
    }
    try {
      await writeFileAtomic(path, data);
    } catch (err) {
      return fail(describeSaveError(err, path));
    }
    this.exportFolder = dirname(path);
    return { ok: true, value: basename(path) };
  }

  /** Export > SVG / PNG from the menu: made here from the window's document, by app/export. */
  async exportFromMenu(windowId: number, format: ImageFormat): Promise<void> {
    const s = this.sessions.get(windowId);
    if (!s) return;
    const snap = await this.broker.request(s.win);
    const problem = (message: string) => this.ask.tell(s.win, 'error', message);
    if (!snap)
      return void (await problem('The window did not answer, so there is nothing to export.'));
    const made = await exportImage(snap.text, format, this.o.rasterize);
    if (!made.ok) return void (await problem(made.error));
    const stem = s.currentFile()
      ? basename(s.currentFile()!.path).replace(/\.[^.]*$/, '')
      : snap.title;
    const result = await this.exportFile(windowId, made.data, stem, made.mime);
    if (!result.ok) await problem(result.error);
  }

  // ---- close and quit --------------------------------------------------------------------

  /**
   * Whether the window may close: asks Save / Don't Save / Cancel when it has unsaved
   * changes. Saving that fails or is cancelled keeps the window open.
   */
  requestClose(windowId: number): Promise<boolean> {
    const s = this.sessions.get(windowId);
    if (!s) return Promise.resolve(true);
    if (s.closeApproved) return Promise.resolve(true);
    s.closing ??= this.decideClose(s).finally(() => {
      s.closing = undefined;
    });
    return s.closing;
  }

  private async decideClose(s: Session): Promise<boolean> {
    const snap = s.ready ? await this.broker.request(s.win) : null;
    const unsaved = snap ? snap.dirty || s.recovered : s.unsaved;
    if (!unsaved) {
      await this.backup.discardNow(s);
      return approve(s);
    }
    const title = snap ? cleanTitle(snap.title) : s.title;
    s.win.focus();
    const choice = await this.ask.saveBeforeClosing(s.win, title);
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      s.generation++;
      await this.backup.discardNow(s);
      return approve(s);
    }
    if (!snap) return (await this.ask.closeHungWindow(s.win)) ? approve(s) : false;
    const suggested = s.file(snap.ref)
      ? basename(s.file(snap.ref)!.path)
      : `${cleanTitle(snap.title)}.vtopo`;
    const saved = await this.saveText(s, snap.text, suggested, snap.ref);
    if (!saved.ok) {
      await this.ask.tell(s.win, 'error', saved.error);
      return false;
    }
    return saved.value ? approve(s) : false;
  }

  /** Quit: each window with unsaved changes is asked in turn; Cancel anywhere stops it. */
  async requestQuit(): Promise<boolean> {
    for (const s of this.sessionList()) {
      if (!(await this.requestClose(s.win.id))) return false;
    }
    return true;
  }

  // ---- backups and recovery --------------------------------------------------------------

  /** At start: unsaved work a crash left is offered back, one backup at a time. */
  async recoverBackups(): Promise<void> {
    const owned = new Set(this.sessionList().map((s) => s.backupId));
    for (const record of await this.o.backups.list()) {
      if (!owned.has(record.id)) await this.offerBackup(record.id);
    }
  }

  private async offerOwnBackup(s: Session): Promise<void> {
    await this.offerBackup(s.backupId, s);
  }

  private async offerBackup(id: string, into?: Session): Promise<void> {
    const record = await this.o.backups.read(id);
    if (!record) return;
    const plan = await offerRecovery(record, this.o.dialogs, into?.win ?? this.anyWindow());
    if (plan.kind === 'discard') return void (await this.o.backups.remove(record.id));
    if (plan.kind === 'later') return;
    const s = into && !into.win.isDestroyed() ? into : this.targetSession(undefined);
    let ref: string | undefined;
    if (plan.kind === 'onto-file') ref = s.attachFile(plan.path, plan.stamp);
    else s.current = undefined;
    // The window now owns this backup: later backups replace it, a save removes it.
    if (s.backupId !== record.id) await this.backup.discardNow(s);
    s.backupId = record.id;
    s.lastBackupHash = hashBytes(record.text);
    s.recovered = true;
    s.title = plan.name;
    this.refreshWindow(s);
    this.deliver(s, {
      name: plan.name,
      bytes: new TextEncoder().encode(record.text),
      ...(ref === undefined ? {} : { ref }),
      recovered: true,
    });
  }

  private anyWindow(): EditorWindow | null {
    return this.sessionList()[0]?.win ?? null;
  }

  // ---- recent documents ------------------------------------------------------------------

  recentPaths(): readonly string[] {
    return this.o.recent.list();
  }

  async clearRecent(): Promise<void> {
    await this.o.recent.clear();
    this.o.desktop.clearRecentDocuments();
    this.o.onRecentChanged?.();
  }

  /** Temp files crashed saves left beside recent documents go (the start-up clean-up). */
  async cleanRecentFolders(): Promise<string[]> {
    const folders = new Set(this.o.recent.list().map((p) => dirname(p)));
    const removed: string[] = [];
    for (const folder of folders) {
      for (const name of await cleanStaleTemps(folder)) removed.push(join(folder, name));
    }
    return removed;
  }

  private async remember(path: string): Promise<void> {
    await this.o.recent.add(path);
    this.o.desktop.addRecentDocument(path);
    this.o.onRecentChanged?.();
    void cleanStaleTemps(dirname(path));
  }

  private async forgetRecent(path: string): Promise<void> {
    if (!this.o.recent.list().includes(path)) return;
    await this.o.recent.remove(path);
    this.o.onRecentChanged?.();
  }

  private lastFolder(): string {
    const last = this.o.recent.list()[0];
    return last ? dirname(last) : this.o.documentsDir;
  }
}

function approve(s: Session): boolean {
  s.closeApproved = true;
  return true;
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
