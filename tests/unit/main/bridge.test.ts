// The preload bridge: exactly which functions the page gets, and that each sends only its
// fixed channel, never handing the page ipcRenderer or an IPC event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../renderer/host/host';
import { buildBridge } from '../../../main/bridge';
import type { DroppedFiles, RendererIpc } from '../../../main/bridge';
import { INVOKE, PUSH, SEND } from '../../../main/ipc/channels';

function fakeIpc() {
  const subscribers = new Map<string, Set<(payload: unknown) => void>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: (payload: unknown) => void) => {
      const set = subscribers.get(channel) ?? new Set();
      set.add(listener);
      subscribers.set(channel, set);
      return () => set.delete(listener);
    }),
  } satisfies RendererIpc;
  const push = (channel: string, payload: unknown) =>
    subscribers.get(channel)?.forEach((l) => l(payload));
  return { ipc, push };
}

const files: DroppedFiles = {
  pathForFile: (f) => (f as { path?: string }).path ?? '',
  bytesOfFile: async () => new Uint8Array([1, 2]),
};

describe('the bridge the preload exposes as window.vtopoHost', () => {
  it('is exactly the Host functions plus the desktop ones, frozen', () => {
    const { ipc } = fakeIpc();
    const bridge: Host = buildBridge(ipc, files);
    expect(Object.keys(bridge).sort()).toEqual([
      'desktop',
      'exportFile',
      'kind',
      'open',
      'save',
      'setDocumentState',
    ]);
    expect(bridge.kind).toBe('electron');
    expect(Object.keys(bridge.desktop!).sort()).toEqual([
      'nativeEdit',
      'onCommand',
      'onOpenDocument',
      'onSnapshotRequest',
      'openDroppedFile',
      'ready',
      'replySnapshot',
    ]);
    for (const [key, value] of [...Object.entries(bridge), ...Object.entries(bridge.desktop!)]) {
      if (key !== 'kind' && key !== 'desktop') expect(typeof value).toBe('function');
    }
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.desktop)).toBe(true);
  });

  it('each function uses its own channel', async () => {
    const { ipc } = fakeIpc();
    const b = buildBridge(ipc, files);
    await b.open();
    await b.save('{}', 'a.vtopo', 'r'.repeat(32));
    await b.exportFile('<svg/>', 'a.svg', 'image/svg+xml');
    b.setDocumentState({ title: 't', dirty: true });
    b.desktop!.replySnapshot(3, null);
    b.desktop!.nativeEdit('copy');
    b.desktop!.ready();
    expect(ipc.invoke.mock.calls).toEqual([
      [INVOKE.open],
      [INVOKE.save, '{}', 'a.vtopo', 'r'.repeat(32)],
      [INVOKE.exportFile, '<svg/>', 'a.svg', 'image/svg+xml'],
    ]);
    expect(ipc.send.mock.calls).toEqual([
      [SEND.documentState, { title: 't', dirty: true, ref: undefined }],
      [SEND.snapshot, 3, null],
      [SEND.nativeEdit, 'copy'],
      [SEND.ready],
    ]);
  });

  it('a failure in main arrives as a result, not an exception', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(
      new Error("Error invoking remote method 'vtopo:open': Error: disk on fire"),
    );
    expect(await buildBridge(ipc, files).open()).toEqual({ ok: false, error: 'disk on fire' });
  });

  it('listeners get the payload only (never the IPC event), and can unsubscribe', () => {
    const { ipc, push } = fakeIpc();
    const b = buildBridge(ipc, files);
    const seen: unknown[][] = [];
    const off = b.desktop!.onCommand((...args: unknown[]) => seen.push(args));
    b.desktop!.onSnapshotRequest((...args: unknown[]) => seen.push(args));
    push(PUSH.command, 'undo');
    push(PUSH.snapshotRequest, 9);
    off();
    push(PUSH.command, 'redo');
    expect(seen).toEqual([['undo'], [9]]);
  });

  it('a dropped file goes to main with its bytes, so main can check it; a File not from disk does not', async () => {
    const { ipc } = fakeIpc();
    const b = buildBridge(ipc, files);
    expect(await b.desktop!.openDroppedFile({ size: 2 })).toMatchObject({ ok: false });
    expect(await b.desktop!.openDroppedFile({ path: '/d/a.vtopo', size: 1e9 })).toMatchObject({
      ok: false,
      error: /too large/,
    });
    expect(ipc.invoke).not.toHaveBeenCalled();
    await b.desktop!.openDroppedFile({ path: '/d/a.vtopo', size: 2 });
    expect(ipc.invoke.mock.calls).toEqual([
      [INVOKE.openDropped, '/d/a.vtopo', new Uint8Array([1, 2])],
    ]);
  });

  it('the preload exposes this object and nothing else', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../main/preload.ts'), 'utf8');
    const code = source.replace(/^\s*\/\/.*$/gm, '');
    expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(code).toContain("contextBridge.exposeInMainWorld('vtopoHost', bridge);");
    // Channels are fixed by the bridge; the preload's port is not exposed.
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('the preload needs nothing a sandboxed preload cannot require (only electron)', () => {
    // Every import statement (one line or several); type-only ones vanish from the bundle.
    const imports = (file: string) =>
      [
        ...readFileSync(join(import.meta.dirname, '../../../main', file), 'utf8').matchAll(
          /^import\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?'([^']+)';/gm,
        ),
      ]
        .filter((m) => m[1] === undefined)
        .map((m) => m[2]);
    expect(imports('preload.ts')).toEqual(['electron', './bridge']);
    expect(imports('bridge.ts')).toEqual(['./ipc/channels']);
    expect(imports('ipc/channels.ts')).toEqual([]);
  });
});
