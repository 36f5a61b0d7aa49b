// When backups are written: a few seconds after the window first reports unsaved changes,
// then again every few seconds while it still has them (written only when the document
// changed since the last backup). Main asks the window for its document each time, since
// the window only reports edits by the change in its unsaved state.
import { hashBytes } from '../fs/file-stamp';
import type { SnapshotBroker } from '../documents/snapshot-broker';
import type { Session } from '../documents/session';
import type { BackupStore } from './backup-store';

export class BackupScheduler {
  private closed = false;

  constructor(
    private readonly store: BackupStore,
    private readonly broker: SnapshotBroker,
    private readonly delayMs: number,
  ) {}

  /** No more backups (the app is quitting, every window settled). */
  close(): void {
    this.closed = true;
  }

  schedule(s: Session): void {
    if (this.closed || s.backupTimer !== undefined || !s.ready || s.win.isDestroyed()) return;
    s.backupTimer = setTimeout(() => {
      s.backupTimer = undefined;
      void this.backupNow(s);
    }, this.delayMs);
  }

  stop(s: Session): void {
    if (s.backupTimer !== undefined) clearTimeout(s.backupTimer);
    s.backupTimer = undefined;
  }

  /** The document has no unsaved changes (saved, reverted, discarded): its backup goes. */
  discard(s: Session): void {
    void this.discardNow(s);
  }

  discardNow(s: Session): Promise<void> {
    this.stop(s);
    // A backup taken before this moment, still being written, is out of date.
    s.generation++;
    s.lastBackupHash = undefined;
    const id = s.backupId;
    return this.enqueue(s, () => this.store.remove(id));
  }

  async backupNow(s: Session): Promise<void> {
    const generation = s.generation;
    const snap = await this.broker.request(s.win);
    if (!snap || s.win.isDestroyed()) return;
    if (!snap.dirty) {
      if (!s.recovered) this.discard(s);
      return;
    }
    const hash = hashBytes(snap.text);
    if (hash !== s.lastBackupHash) {
      const entry = s.file(snap.ref);
      await this.enqueue(s, async () => {
        if (s.generation !== generation || this.closed) return;
        await this.store.write({
          id: s.backupId,
          savedAt: Date.now(),
          title: snap.title,
          file: entry ? { path: entry.path, stamp: { ...entry.stamp } } : null,
          text: snap.text,
        });
        s.lastBackupHash = hash;
      });
    }
    if (s.dirty && s.generation === generation) this.schedule(s);
  }

  private enqueue(s: Session, op: () => Promise<void>): Promise<void> {
    const next = s.backupQueue.then(op).catch((err: unknown) => {
      // A backup that cannot be written (disk full) must not disturb editing; the next
      // attempt may succeed.
      console.warn(`vtopo: backup failed: ${err instanceof Error ? err.message : String(err)}`);
    });
    s.backupQueue = next;
    return next;
  }
}
