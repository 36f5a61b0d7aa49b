// renderer/host/desktop.ts: the editor's side of the desktop shell, over a fake bridge and
// the bits of DOM it touches.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DesktopAction,
  DesktopBridge,
  DesktopDocument,
  DocumentSnapshot,
  Host,
} from '../../../renderer/host/host';

// desktop.ts is renderer code, type-checked with the DOM library by renderer/tsconfig.json;
// loaded by a computed name here so this Node-typed project does not type-check it again.
const DESKTOP = '../../../renderer/host/desktop';
const { connectDesktop } = (await import(/* @vite-ignore */ DESKTOP)) as {
  connectDesktop(
    host: Host,
    handlers: {
      run(a: DesktopAction): void;
      openDocument(f: DesktopDocument): void;
      snapshot(): DocumentSnapshot;
      notify?(kind: string, text: string): void;
    },
  ): () => void;
};

class FakeElement {
  isContentEditable = false;
  constructor(readonly tagName: string) {}
}

let win: EventTarget & { alert: ReturnType<typeof vi.fn> };
let doc: { activeElement: unknown };

beforeEach(() => {
  win = Object.assign(new EventTarget(), { alert: vi.fn() });
  doc = { activeElement: null };
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  vi.stubGlobal('HTMLElement', FakeElement);
});
afterEach(() => vi.unstubAllGlobals());

function fakeDesktop() {
  const listeners = {
    command: new Set<(a: DesktopAction) => void>(),
    open: new Set<(f: DesktopDocument) => void>(),
    snapshot: new Set<(id: number) => void>(),
  };
  const sub =
    <T>(set: Set<T>) =>
    (l: T) => {
      set.add(l);
      return () => set.delete(l);
    };
  const desktop = {
    onCommand: sub(listeners.command),
    onOpenDocument: sub(listeners.open),
    onSnapshotRequest: sub(listeners.snapshot),
    replySnapshot: vi.fn(),
    nativeEdit: vi.fn(),
    openDroppedFile: vi.fn(async (_file: unknown) => ({ ok: true as const, value: true })),
    ready: vi.fn(),
  } satisfies DesktopBridge;
  const host = { kind: 'electron', desktop } as unknown as Host;
  return { host, desktop, listeners };
}

const handlers = () => ({
  run: vi.fn(),
  openDocument: vi.fn(),
  snapshot: vi.fn(() => ({ dirty: true, text: '{}', title: 'T', ref: 'a'.repeat(32) as unknown })),
});

function dropEvent(types: string[], files: unknown[]) {
  return Object.assign(new Event('drop', { cancelable: true }), {
    dataTransfer: { types, files, dropEffect: 'none' },
  });
}

describe('connectDesktop', () => {
  it('does nothing in a browser (no desktop bridge)', () => {
    const h = handlers();
    const off = connectDesktop({ kind: 'web' } as unknown as Host, h);
    off();
    expect(h.run).not.toHaveBeenCalled();
  });

  it('subscribes, then tells main it is ready; unsubscribes on disconnect', () => {
    const { host, desktop, listeners } = fakeDesktop();
    const off = connectDesktop(host, handlers());
    expect(desktop.ready).toHaveBeenCalledTimes(1);
    expect(listeners.command.size + listeners.open.size + listeners.snapshot.size).toBe(3);
    off();
    expect(listeners.command.size + listeners.open.size + listeners.snapshot.size).toBe(0);
  });

  it('menu commands run in the editor, except edits while a text field has the focus', () => {
    const { host, desktop, listeners } = fakeDesktop();
    const h = handlers();
    connectDesktop(host, h);
    const send = (a: DesktopAction) => listeners.command.forEach((l) => l(a));
    send('copy');
    send('save');
    doc.activeElement = new FakeElement('INPUT');
    send('copy');
    send('selectAll');
    send('save');
    expect(h.run.mock.calls).toEqual([['copy'], ['save'], ['save']]);
    expect(desktop.nativeEdit.mock.calls).toEqual([['copy'], ['selectAll']]);
  });

  it('answers snapshot requests with the document, or with nothing when the editor fails', () => {
    const { host, desktop, listeners } = fakeDesktop();
    const h = handlers();
    connectDesktop(host, h);
    listeners.snapshot.forEach((l) => l(4));
    h.snapshot.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    listeners.snapshot.forEach((l) => l(5));
    h.snapshot.mockImplementationOnce(() => ({
      dirty: false,
      text: 'x',
      title: 't',
      ref: { handle: 1 },
    }));
    listeners.snapshot.forEach((l) => l(6));
    expect(desktop.replySnapshot.mock.calls).toEqual([
      [4, { dirty: true, text: '{}', title: 'T', ref: 'a'.repeat(32) }],
      [5, null],
      [6, { dirty: false, text: 'x', title: 't', ref: null }],
    ]);
  });

  it('documents from main go to openDocument', () => {
    const { host, listeners } = fakeDesktop();
    const h = handlers();
    connectDesktop(host, h);
    const file = { name: 'a.vtopo', bytes: new Uint8Array([1]), ref: 'r', recovered: true };
    listeners.open.forEach((l) => l(file));
    expect(h.openDocument).toHaveBeenCalledWith(file);
  });

  it('a file dropped on the window goes to main (never navigated to); other drops are left alone', async () => {
    const { host, desktop } = fakeDesktop();
    const notify = vi.fn();
    connectDesktop(host, { ...handlers(), notify });
    const over = Object.assign(new Event('dragover', { cancelable: true }), {
      dataTransfer: { types: ['Files'], dropEffect: 'none' },
    });
    win.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('copy');

    const palette = dropEvent(['application/x-vtopo-preset'], []);
    win.dispatchEvent(palette);
    expect(palette.defaultPrevented).toBe(false);

    const file = { name: 'a.vtopo' };
    const drop = dropEvent(['Files'], [file]);
    win.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(desktop.openDroppedFile).toHaveBeenCalledWith(file);

    desktop.openDroppedFile.mockResolvedValueOnce({ ok: false, error: 'nope' } as never);
    win.dispatchEvent(dropEvent(['Files'], [file]));
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith('error', 'nope'));
  });
});
