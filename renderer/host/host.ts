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
  /** Tells the window about the document: title and unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
}
