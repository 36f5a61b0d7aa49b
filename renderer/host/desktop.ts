// The renderer's side of the desktop app: what the Electron shell asks of the editor, and
// the files dropped on the window. App.tsx calls connectDesktop once, with the host it was
// given; in a browser (the web host has no `desktop`) it does nothing.
//
//   useEffect(() => connectDesktop(host, {
//     run,                                          // the same function the keys and toolbar use
//     openDocument: (file) => openDocument(file),   // replace the document, without asking
//     snapshot: () => ({ dirty, text: saveDocument(doc), title, ref: fileRef }),
//   }), [host, run]);
//
// What each handler must do:
// - run(action): what the toolbar or the keyboard does for that action. Menu edits (undo,
//   copy, ...) reach run only when no text field has the focus; in a field the shell runs
//   the field's own edit command instead.
// - openDocument(file): replace the document with `file` (load it with loadDocumentBytes,
//   show its repairs), WITHOUT asking about unsaved changes: the shell already decided (it
//   opens documents from the OS in an empty or a new window, and asks before Revert).
//   `file.ref` is the ref to save back to; `file.recovered` marks work recovered from a
//   backup, which should count as unsaved (so Save and closing treat it so).
// - snapshot(): the document now: whether it has unsaved changes, saveDocument's text, the
//   title shown, and the file ref (undefined for an unsaved document). The shell asks every
//   few seconds while there are unsaved changes (to back them up), on close and quit (to
//   save them when the user says Save), and for Revert and Export from the menu. Without
//   `ref`, Save on close always asks where to save.
// - notify (optional): shows an error about a dropped file; defaults to window.alert.
//
// The host's setDocumentState({ title, dirty, ref }) keeps the window title and the edited
// mark right; passing `ref` there too lets macOS show the file in the title bar.
import type {
  DesktopAction,
  DesktopDocument,
  DocumentSnapshot,
  Host,
  NativeEditAction,
} from './host';

export interface DesktopHandlers {
  run(action: DesktopAction): void;
  openDocument(file: DesktopDocument): void;
  snapshot(): DocumentSnapshot;
  notify?(kind: 'info' | 'error', text: string): void;
}

const NATIVE_EDITS: ReadonlySet<DesktopAction> = new Set<NativeEditAction>([
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'delete',
  'selectAll',
]);

/** Text entry owns its edits (as in shortcuts.ts's isTextEntry). */
function focusedOnText(): boolean {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** Connects the editor to the desktop shell; returns the function that disconnects it. */
export function connectDesktop(host: Host, handlers: DesktopHandlers): () => void {
  const desktop = host.desktop;
  if (!desktop) return () => undefined;
  const notify = handlers.notify ?? ((_kind: string, text: string) => window.alert(text));

  const unsubscribe = [
    desktop.onCommand((action) => {
      if (NATIVE_EDITS.has(action) && focusedOnText())
        desktop.nativeEdit(action as NativeEditAction);
      else handlers.run(action);
    }),
    desktop.onOpenDocument((file) => handlers.openDocument(file)),
    desktop.onSnapshotRequest((requestId) => {
      let snapshot: DocumentSnapshot | null = null;
      try {
        const s = handlers.snapshot();
        snapshot = {
          dirty: s.dirty,
          text: s.text,
          title: s.title,
          ref: typeof s.ref === 'string' ? s.ref : null,
        };
      } catch {
        // The shell treats "no answer" as "cannot save now", never as "nothing to save".
      }
      desktop.replySnapshot(requestId, snapshot);
    }),
  ];

  // A file dragged from the file manager: opened by the shell (in a new window when this
  // one has a document), never by navigating to it.
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    void desktop.openDroppedFile(file).then((result) => {
      if (!result.ok) notify('error', result.error);
    });
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);

  desktop.ready();

  return () => {
    for (const off of unsubscribe) off();
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
  };
}
