// The object the preload exposes to the page as `window.vtopoHost`: the renderer's Host
// (renderer/host/host.ts) over IPC. A pure function of a small IPC port, so tests check
// exactly what the page gets. The page never sees ipcRenderer, an IPC event or a channel
// name: only these named functions, each sending fixed channels.
import type {
  DesktopAction,
  DesktopBridge,
  DesktopDocument,
  DocumentSnapshot,
  Host,
  HostResult,
  NativeEditAction,
  OpenedFile,
  SavedFile,
} from '../renderer/host/host';
import { INVOKE, PUSH, SEND } from './ipc/channels';

export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  /** Subscribes to a main -> renderer channel; the listener gets the payload only. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

export interface DroppedFiles {
  /** The file's path on disk ('' for a File that did not come from the disk). */
  pathForFile(file: unknown): string;
  bytesOfFile(file: unknown): Promise<Uint8Array>;
}

/** The largest file a drop reads (as in main/fs/read-document.ts). */
const MAX_DROPPED_BYTES = 64 * 1024 * 1024;

function failure(err: unknown): { ok: false; error: string } {
  // An Error thrown in main arrives as "Error invoking remote method '...': Error: why".
  const text = err instanceof Error ? err.message : String(err);
  return {
    ok: false,
    error: text.replace(/^Error invoking remote method '[^']*': (Error: )?/, ''),
  };
}

async function call<T>(
  ipc: RendererIpc,
  channel: string,
  ...args: unknown[]
): Promise<HostResult<T>> {
  try {
    return (await ipc.invoke(channel, ...args)) as HostResult<T>;
  } catch (err) {
    return failure(err);
  }
}

function sizeOf(file: unknown): number {
  const size = (file as { size?: unknown } | null)?.size;
  return typeof size === 'number' ? size : 0;
}

export function buildDesktopBridge(ipc: RendererIpc, files: DroppedFiles): DesktopBridge {
  return Object.freeze({
    onCommand: (listener: (action: DesktopAction) => void) =>
      ipc.on(PUSH.command, (action) => listener(action as DesktopAction)),
    onOpenDocument: (listener: (file: DesktopDocument) => void) =>
      ipc.on(PUSH.openDocument, (file) => listener(file as DesktopDocument)),
    onSnapshotRequest: (listener: (requestId: number) => void) =>
      ipc.on(PUSH.snapshotRequest, (id) => listener(id as number)),
    replySnapshot: (requestId: number, snapshot: DocumentSnapshot | null) =>
      ipc.send(SEND.snapshot, requestId, snapshot),
    nativeEdit: (action: NativeEditAction) => ipc.send(SEND.nativeEdit, action),
    openDroppedFile: async (file: unknown): Promise<HostResult<boolean>> => {
      let path: string;
      try {
        path = files.pathForFile(file);
      } catch {
        path = '';
      }
      if (!path)
        return { ok: false, error: 'Only files from the disk can be opened by dropping them.' };
      if (sizeOf(file) > MAX_DROPPED_BYTES) {
        return { ok: false, error: 'That file is too large to be a vtopo document.' };
      }
      // The bytes go along so main can check that the path is the file the user dropped.
      let bytes: Uint8Array;
      try {
        bytes = await files.bytesOfFile(file);
      } catch (err) {
        return failure(err);
      }
      return call<boolean>(ipc, INVOKE.openDropped, path, bytes);
    },
    ready: () => ipc.send(SEND.ready),
  });
}

export function buildBridge(ipc: RendererIpc, files: DroppedFiles): Host {
  return Object.freeze({
    kind: 'electron' as const,
    open: () => call<OpenedFile | null>(ipc, INVOKE.open),
    save: (text: string, suggestedName: string, ref?: unknown) =>
      call<SavedFile | null>(ipc, INVOKE.save, text, suggestedName, ref),
    exportFile: (data: Uint8Array | string, suggestedName: string, mime: string) =>
      call<string | null>(ipc, INVOKE.exportFile, data, suggestedName, mime),
    setDocumentState: (state: { title: string; dirty: boolean; ref?: unknown }) =>
      ipc.send(SEND.documentState, { title: state.title, dirty: state.dirty, ref: state.ref }),
    desktop: buildDesktopBridge(ipc, files),
  });
}
