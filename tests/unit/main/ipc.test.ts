// The IPC handlers: who may call them (the sender check) and with what (the schemas).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE, SEND } from '../../../main/ipc/channels';
import { registerIpc } from '../../../main/ipc/register';
import type { IpcMainLike } from '../../../main/ipc/register';
import { MAX_DOCUMENT_BYTES } from '../../../main/fs/read-document';
import { isTrustedSender } from '../../../main/ipc/sender-check';
import type { IpcSenderEvent } from '../../../main/ipc/sender-check';
import { docText, makeRig } from './fakes';
import type { FakeWindow, Rig } from './fakes';

const APP = 'app://vtopo/index.html';

function event(contentsId: number, url = APP, parent: unknown = null): IpcSenderEvent {
  return { sender: { id: contentsId }, senderFrame: { url, parent } };
}

describe('isTrustedSender', () => {
  const ours = (id: number) => id === 7;
  it('accepts only the top frame of an editor window showing the app page', () => {
    expect(isTrustedSender(event(7), ours)).toBe(true);
    expect(isTrustedSender(event(7, 'app://vtopo/index.html#x'), ours)).toBe(true);
    expect(isTrustedSender(event(8), ours)).toBe(false); // not an editor window
    expect(isTrustedSender(event(7, APP, { url: APP }), ours)).toBe(false); // a subframe
    for (const url of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://vtopo.evil/index.html',
      'app://other/index.html',
      'data:text/html,x',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSender(event(7, url), ours)).toBe(false);
    }
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: null }, ours)).toBe(false);
  });
});

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (e: IpcSenderEvent, ...args: unknown[]) => unknown>();
  readonly listeners = new Map<string, (e: IpcSenderEvent, ...args: unknown[]) => void>();
  readonly warnings: string[] = [];
  handle(channel: string, l: (e: IpcSenderEvent, ...args: unknown[]) => unknown) {
    this.handlers.set(channel, l);
  }
  on(channel: string, l: (e: IpcSenderEvent, ...args: unknown[]) => void) {
    this.listeners.set(channel, l);
  }
  invoke(channel: string, e: IpcSenderEvent, ...args: unknown[]) {
    return Promise.resolve(this.handlers.get(channel)!(e, ...args));
  }
  send(channel: string, e: IpcSenderEvent, ...args: unknown[]) {
    this.listeners.get(channel)!(e, ...args);
  }
}

let rig: Rig;
let ipc: FakeIpcMain;
let w: FakeWindow;
beforeEach(async () => {
  rig = await makeRig();
  ipc = new FakeIpcMain();
  registerIpc(ipc, rig.c, (m) => ipc.warnings.push(m));
  w = rig.window();
});
afterEach(() => rig.cleanup());

describe('registerIpc', () => {
  it('handles exactly the bridge’s channels', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(INVOKE).sort());
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(SEND).sort());
  });

  it('a trusted window is served', async () => {
    const path = join(rig.dir, 'a.vtopo');
    await writeFile(path, docText('A'));
    rig.dialogs.openAnswers.push(path);
    const r = await ipc.invoke(INVOKE.open, event(w.contentsId));
    expect(r).toMatchObject({ ok: true, value: { name: 'a.vtopo' } });
  });

  it('anything else is refused before any dialog opens, and logged', async () => {
    for (const e of [
      event(999),
      event(w.contentsId, 'https://evil.example/'),
      event(w.contentsId, APP, {}),
    ]) {
      expect(await ipc.invoke(INVOKE.open, e)).toEqual({
        ok: false,
        error: 'vtopo refused this request.',
      });
      expect(await ipc.invoke(INVOKE.save, e, docText('x'), 'x.vtopo')).toMatchObject({
        ok: false,
      });
    }
    expect(rig.dialogs.asked).toEqual([]);
    expect(ipc.warnings).toHaveLength(6);
    ipc.send(SEND.documentState, event(w.contentsId, 'https://evil.example/'), {
      title: 'pwned',
      dirty: true,
    });
    expect(w.title).not.toContain('pwned');
  });

  it.each([
    ['save without text', INVOKE.save, [42, 'a.vtopo']],
    ['save with an empty name', INVOKE.save, ['{}', '']],
    ['save with a huge text', INVOKE.save, ['x'.repeat(MAX_DOCUMENT_BYTES + 1), 'a.vtopo']],
    ['open with arguments', INVOKE.open, ['/etc/passwd']],
    ['export as HTML', INVOKE.exportFile, ['<html>', 'a.html', 'text/html']],
    ['export of an object', INVOKE.exportFile, [{ length: 1 }, 'a.png', 'image/png']],
    ['a drop without bytes', INVOKE.openDropped, ['/tmp/a.vtopo']],
  ])('invalid arguments are refused: %s', async (_what, channel, args) => {
    expect(await ipc.invoke(channel, event(w.contentsId), ...args)).toEqual({
      ok: false,
      error: 'vtopo received an invalid request.',
    });
    expect(rig.dialogs.asked).toEqual([]);
  });

  it('a ref that is not one of ours is treated as none (Save As), never as a path', async () => {
    rig.dialogs.saveAnswers.push(null);
    expect(
      await ipc.invoke(INVOKE.save, event(w.contentsId), docText('x'), 'x.vtopo', '/etc/passwd'),
    ).toEqual({ ok: true, value: null });
    expect(rig.dialogs.asked.map((a) => a.kind)).toEqual(['save']);
  });

  it('one-way messages are validated too', () => {
    ipc.send(SEND.documentState, event(w.contentsId), { title: 'ok.vtopo', dirty: true });
    expect(w.title).toBe('• ok.vtopo — vtopo');
    ipc.send(SEND.documentState, event(w.contentsId), { title: 7, dirty: 'yes' });
    expect(w.title).toBe('• ok.vtopo — vtopo');
    ipc.send(SEND.nativeEdit, event(w.contentsId), 'copy');
    ipc.send(SEND.nativeEdit, event(w.contentsId), 'openDevTools');
    expect(w.edits).toEqual(['copy']);
  });

  it('a window cannot answer a question put to another window', async () => {
    const other = rig.window();
    w.page.responsive = false;
    const asked = rig.c.broker.request(w);
    const id = w.sent.at(-1)!.payload as number;
    ipc.send(SEND.snapshot, event(other.contentsId), id, {
      dirty: true,
      text: 'forged',
      title: 'x',
    });
    ipc.send(SEND.snapshot, event(w.contentsId), id, {
      dirty: false,
      text: docText('real'),
      title: 'real',
    });
    expect(await asked).toMatchObject({ text: docText('real') });
  });
});
