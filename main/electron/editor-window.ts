// An editor BrowserWindow and its EditorWindow port. Glue: the decisions (what closing
// asks, what IPC may do) live in the controller; this only forwards Electron's events.
import { BrowserWindow } from 'electron';
import type { NativeEditAction } from '../../renderer/host/host';
import type { DocumentController } from '../documents/controller';
import type { EditorWindow } from '../documents/ports';
import { APP_INDEX_URL } from '../security/app-origin';
import { editorWebPreferences } from '../security/web-preferences';

export interface EditorWindowOptions {
  readonly preload: string;
  readonly devTools: boolean;
  readonly icon?: string;
  readonly controller: () => DocumentController;
}

export function createEditorWindow(o: EditorWindowOptions): EditorWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'vtopo',
    ...(o.icon ? { icon: o.icon } : {}),
    webPreferences: {
      ...editorWebPreferences(o.preload, o.devTools),
      // The same as editorWebPreferences says, spelled out for the security scanner.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const id = win.id;
  const contents = win.webContents;

  win.once('ready-to-show', () => win.show());
  // The title is main's (file name and edited mark), not the page's <title>.
  win.on('page-title-updated', (e) => e.preventDefault());

  win.on('close', (e) => {
    const c = o.controller();
    const session = c.session(id);
    if (!session || session.closeApproved) return;
    e.preventDefault();
    void c.requestClose(id).then((ok) => {
      if (ok && !win.isDestroyed()) win.close();
    });
  });
  win.on('closed', () => o.controller().windowClosed(id));

  // The page's beforeunload guard asks the browser's question; main has asked its own.
  contents.on('will-prevent-unload', (e) => {
    const session = o.controller().session(id);
    if (!session || session.closeApproved) e.preventDefault();
  });
  contents.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit') void o.controller().rendererGone(id, details.reason);
  });

  void win.loadURL(APP_INDEX_URL);

  const edits: Record<NativeEditAction, () => void> = {
    undo: () => contents.undo(),
    redo: () => contents.redo(),
    cut: () => contents.cut(),
    copy: () => contents.copy(),
    paste: () => contents.paste(),
    delete: () => contents.delete(),
    selectAll: () => contents.selectAll(),
  };

  return {
    id,
    contentsId: contents.id,
    send: (channel, payload) => {
      if (!win.isDestroyed()) contents.send(channel, payload);
    },
    setTitle: (title) => win.setTitle(title),
    setRepresentedFilename: (path) => {
      if (process.platform === 'darwin') win.setRepresentedFilename(path);
    },
    setDocumentEdited: (edited) => {
      if (process.platform === 'darwin') win.setDocumentEdited(edited);
    },
    focus: () => {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
    close: () => win.close(),
    reload: () => contents.reload(),
    isDestroyed: () => win.isDestroyed(),
    nativeEdit: (action) => edits[action](),
  };
}
