// The renderer's only way to the outside world: files, export, the window's title. In
// Electron the preload bridge implements it; in a browser, the web host does. Results,
// not exceptions, cross this boundary.

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface OpenedFile {
  /** What the user sees: "stack.vtopo". */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The host's reference to save back to the same file, if it can. */
  readonly ref?: unknown;
}

export interface SavedFile {
  readonly name: string;
  readonly ref?: unknown;
}

export interface Host {
  readonly kind: 'web' | 'electron';
  /** Asks the user for a document; `null` when they cancel. */
  open(): Promise<HostResult<OpenedFile | null>>;
  /** Writes to `ref` when given (the file it came from), else asks where (Save As). */
  save(text: string, suggestedName: string, ref?: unknown): Promise<HostResult<SavedFile | null>>;
  /** Writes an export the user asked for (SVG, PNG); `null` when they cancel. */
  exportFile(
    data: Uint8Array | string,
    suggestedName: string,
    mime: string,
  ): Promise<HostResult<string | null>>;
  /**
   * Tells the window about the document: title and unsaved changes. `ref` (optional) is
   * the document's file ref, so the desktop window knows which file it shows.
   */
  setDocumentState(state: { title: string; dirty: boolean; ref?: unknown }): void;
  /** Only in the desktop app: menus, files from the OS, backups, close; see desktop.ts. */
  readonly desktop?: DesktopBridge;
}

/** What the desktop app's menus ask the editor to do. */
export type DesktopAction =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'export'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'fit'
  | 'zoomIn'
  | 'zoomOut';

/** Menu edits that, with a text field focused, belong to the field (done by the shell). */
export type NativeEditAction = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll';

/** A document the desktop app opens in the window (from the OS, a recent file, a backup). */
export interface DesktopDocument extends OpenedFile {
  /** Unsaved work recovered from a backup: show it as having unsaved changes. */
  readonly recovered?: boolean;
}

/** The window's document as the desktop app backs it up or saves it on close. */
export interface DocumentSnapshot {
  readonly dirty: boolean;
  /** saveDocument(doc): the exact text a save would write. */
  readonly text: string;
  readonly title: string;
  /** The document's file ref (from open or save), or undefined for an unsaved one. */
  readonly ref?: unknown;
}

/**
 * The desktop-only part of the Electron host (the preload bridge). Subscriptions return
 * their unsubscribe function. Main asks, the window answers: a snapshot request is answered
 * with replySnapshot(requestId, ...).
 */
export interface DesktopBridge {
  onCommand(listener: (action: DesktopAction) => void): () => void;
  onOpenDocument(listener: (file: DesktopDocument) => void): () => void;
  onSnapshotRequest(listener: (requestId: number) => void): () => void;
  replySnapshot(requestId: number, snapshot: DocumentSnapshot | null): void;
  nativeEdit(action: NativeEditAction): void;
  /** A file dropped on the window (a DOM File); the app opens it, in a new window if need be. */
  openDroppedFile(file: unknown): Promise<HostResult<boolean>>;
  /** The window listens now: main may send it documents. */
  ready(): void;
}
