// The IPC channel names between the preload bridge and the main process: one list, so
// neither side can send on a channel the other does not know. Imported by the sandboxed
// preload, so it imports nothing.

/** Renderer -> main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE = {
  open: 'vtopo:open',
  save: 'vtopo:save',
  exportFile: 'vtopo:export-file',
  openDropped: 'vtopo:open-dropped',
} as const;

/** Renderer -> main, not answered (ipcRenderer.send / ipcMain.on). */
export const SEND = {
  documentState: 'vtopo:document-state',
  snapshot: 'vtopo:snapshot',
  nativeEdit: 'vtopo:native-edit',
  ready: 'vtopo:ready',
} as const;

/** Main -> renderer (webContents.send / ipcRenderer.on). */
export const PUSH = {
  command: 'vtopo:command',
  openDocument: 'vtopo:open-document',
  snapshotRequest: 'vtopo:snapshot-request',
} as const;
