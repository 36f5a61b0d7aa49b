// One editor window's document, as main knows it: which files the window may save to (by
// the opaque refs handed to it), its title and unsaved state as the window reports them,
// and its backup. Paths never leave main: the window only ever holds refs.
import { randomBytes } from 'node:crypto';
import type { DesktopDocument } from '../../renderer/host/host';
import type { FileStamp } from '../fs/file-stamp';
import type { EditorWindow } from './ports';

export interface FileEntry {
  readonly path: string;
  stamp: FileStamp;
}

/** Refs a window holds at once; older ones (of files long replaced) are forgotten. */
const MAX_REFS = 64;

export function newId(): string {
  return randomBytes(16).toString('hex');
}

export class Session {
  private readonly refs = new Map<string, FileEntry>();
  /** The ref of the file the window shows, as far as main knows. */
  current: string | undefined;
  title = 'Untitled';
  dirty = false;
  /** Showing work recovered from a backup and not saved since: counts as unsaved. */
  recovered = false;
  /** The page has connected (connectDesktop): it can take documents and questions. */
  ready = false;
  /** Documents waiting for the page to connect. */
  readonly pending: DesktopDocument[] = [];
  backupId = newId();
  lastBackupHash: string | undefined;
  backupTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each save or discard: a backup taken before it is out of date. */
  generation = 0;
  /** Backup writes and removals, one after another. */
  backupQueue: Promise<void> = Promise.resolve();
  closeApproved = false;
  closing: Promise<boolean> | undefined;
  /** After a crash and reload, the backup is offered back once the page connects. */
  offerBackupOnReady = false;

  constructor(readonly win: EditorWindow) {}

  get unsaved(): boolean {
    return this.dirty || this.recovered;
  }

  /** A window showing nothing of the user's yet, so a file opened from outside can go here. */
  get pristine(): boolean {
    return (
      this.current === undefined &&
      !this.unsaved &&
      this.title === 'Untitled' &&
      this.pending.length === 0
    );
  }

  /** The file behind a ref the window gave back, if main handed it out. */
  file(ref: unknown): FileEntry | undefined {
    return typeof ref === 'string' ? this.refs.get(ref) : undefined;
  }

  currentFile(): FileEntry | undefined {
    return this.file(this.current);
  }

  /** Records that the window's document is now `path`; returns the ref to give the window. */
  attachFile(path: string, stamp: FileStamp): string {
    let ref: string | undefined;
    for (const [r, entry] of this.refs) if (entry.path === path) ref = r;
    if (ref !== undefined) {
      this.refs.get(ref)!.stamp = stamp;
      // Most recently used last, so the oldest is evicted first.
      const entry = this.refs.get(ref)!;
      this.refs.delete(ref);
      this.refs.set(ref, entry);
    } else {
      ref = newId();
      this.refs.set(ref, { path, stamp });
      if (this.refs.size > MAX_REFS) {
        const oldest = this.refs.keys().next().value;
        if (oldest !== undefined && oldest !== ref) this.refs.delete(oldest);
      }
    }
    this.current = ref;
    return ref;
  }
}
