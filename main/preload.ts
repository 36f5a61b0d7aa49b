// The preload: runs in the editor page's isolated world, sandboxed, and exposes one object,
// `window.vtopoHost`, built by buildBridge (main/bridge.ts). The page never gets
// ipcRenderer or an IPC event; it gets the named functions of the Host interface.
// Bundled to CommonJS (dist/main/preload.cjs): sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { buildBridge } from './bridge';

const bridge = buildBridge(
  {
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    send: (channel, ...args) => ipcRenderer.send(channel, ...args),
    on: (channel, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  },
  {
    pathForFile: (file) => webUtils.getPathForFile(file as File),
    bytesOfFile: async (file) => new Uint8Array(await (file as File).arrayBuffer()),
  },
);

contextBridge.exposeInMainWorld('vtopoHost', bridge);
