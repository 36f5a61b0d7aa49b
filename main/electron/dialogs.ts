// Electron's dialogs behind the Dialogs port (main/documents/ports.ts). Glue: not tested
// in Node (it needs the Electron binary); kept to one call each.
import { BrowserWindow, dialog } from 'electron';
import type { Dialogs, EditorWindow } from '../documents/ports';

function parentOf(win: EditorWindow | null): BrowserWindow | undefined {
  if (!win || win.isDestroyed()) return undefined;
  return BrowserWindow.fromId(win.id) ?? undefined;
}

export const electronDialogs: Dialogs = {
  async open(win, opts) {
    const options: Electron.OpenDialogOptions = {
      title: opts.title,
      filters: opts.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      properties: ['openFile'],
      ...(opts.defaultPath ? { defaultPath: opts.defaultPath } : {}),
    };
    const parent = parentOf(win);
    const r = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },

  async save(win, opts) {
    const options: Electron.SaveDialogOptions = {
      title: opts.title,
      defaultPath: opts.defaultPath,
      filters: opts.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = parentOf(win);
    const r = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  },

  async message(win, box) {
    const options: Electron.MessageBoxOptions = {
      type: box.type,
      message: box.message,
      buttons: [...box.buttons],
      defaultId: box.defaultId,
      cancelId: box.cancelId,
      noLink: true,
      ...(box.detail ? { detail: box.detail } : {}),
    };
    const parent = parentOf(win);
    const r = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return r.response;
  },
};
