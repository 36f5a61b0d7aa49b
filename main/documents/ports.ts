// What the document flows need from Electron, as small interfaces: main.ts fills them with
// BrowserWindow, dialog and app; tests fill them with fakes that record and answer.
import type { NativeEditAction } from '../../renderer/host/host';

/** One editor window, as the document flows see it. */
export interface EditorWindow {
  readonly id: number;
  /** The id of its web contents: IPC senders are matched against it. */
  readonly contentsId: number;
  send(channel: string, payload: unknown): void;
  setTitle(title: string): void;
  /** macOS: the file in the title bar's proxy icon ('' for none). */
  setRepresentedFilename(path: string): void;
  /** macOS: the dot in the close button. */
  setDocumentEdited(edited: boolean): void;
  focus(): void;
  /** Closes for good: the unsaved-changes question has been settled already. */
  close(): void;
  reload(): void;
  isDestroyed(): boolean;
  /** Runs an edit command on the page's focused field (webContents.copy() and friends). */
  nativeEdit(action: NativeEditAction): void;
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface MessageBox {
  readonly type: 'none' | 'info' | 'error' | 'question' | 'warning';
  readonly message: string;
  readonly detail?: string;
  readonly buttons: readonly string[];
  readonly defaultId: number;
  readonly cancelId: number;
}

export interface Dialogs {
  /** The chosen file, or null when cancelled. */
  open(
    win: EditorWindow | null,
    opts: { title: string; defaultPath?: string; filters: readonly FileFilter[] },
  ): Promise<string | null>;
  save(
    win: EditorWindow | null,
    opts: { title: string; defaultPath: string; filters: readonly FileFilter[] },
  ): Promise<string | null>;
  /** The index of the button pressed (cancelId when dismissed). */
  message(win: EditorWindow | null, box: MessageBox): Promise<number>;
}

export interface Desktop {
  /** A new editor window (its page loading); the controller attaches it. */
  createWindow(): EditorWindow;
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
}

/** Rasterizes an exported SVG to PNG bytes (resvg with the bundled fonts, in main.ts). */
export type Rasterize = (svg: string, scale: number) => Promise<Uint8Array>;
