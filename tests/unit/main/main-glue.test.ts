// main/main.ts, the Electron glue, started against a stand-in 'electron' module: what it
// registers before `ready`, the window it makes, the protocol, the session's locks, the IPC,
// and the close and quit flows through real IPC handlers.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE, PUSH, SEND } from '../../../main/ipc/channels';
import * as fake from './fake-electron';
import { docText } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

let root: string;
let win: fake.BrowserWindow;

function fromPage(w: fake.BrowserWindow, url = 'app://vtopo/index.html') {
  return { sender: { id: w.webContents.id }, senderFrame: { url, parent: null } };
}

/** The page's side: answer snapshot requests as the editor would. */
function answerSnapshots(
  w: fake.BrowserWindow,
  snapshot: { dirty: boolean; text: string; title: string },
) {
  const send = w.webContents.send.bind(w.webContents);
  w.webContents.send = (channel: string, payload: unknown) => {
    send(channel, payload);
    if (channel === PUSH.snapshotRequest) {
      queueMicrotask(() =>
        fake.ipcMain.listeners.get(SEND.snapshot)!(fromPage(w), payload, {
          ...snapshot,
          ref: null,
        }),
      );
    }
  };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vtopo-glue-'));
  await mkdir(join(root, 'dist', 'renderer'), { recursive: true });
  await writeFile(
    join(root, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>vtopo</title>',
  );
  fake.app.appPath = root;
  await import('../../../main/main');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('before ready', () => {
  it('privileges the app: scheme, sandboxes every renderer, takes the single-instance lock', () => {
    expect(fake.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          codeCache: true,
        },
      },
    ]);
    expect(fake.app.sandboxed).toBe(true);
    expect(fake.BrowserWindow.all).toHaveLength(0);
  });
});

describe('when ready', () => {
  beforeAll(async () => {
    fake.app.readyResolve!();
    await vi.waitFor(() => expect(fake.BrowserWindow.all).toHaveLength(1));
    win = fake.BrowserWindow.all[0]!;
  });

  it('opens one editor window, locked down, on the app page', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
    expect(win.loaded).toEqual(['app://vtopo/index.html']);
  });

  it('guards its web contents: no navigation, no new windows', () => {
    const e = fake.preventable();
    win.webContents.emit('will-navigate', e, 'https://example.org/');
    expect(e.defaultPrevented).toBe(true);
    expect(fake.shell.opened).toEqual(['https://example.org/']);
    expect(win.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
  });

  it('serves the renderer over app: with its CSP, and nothing outside it', async () => {
    const handler = fake.protocol.handlers.get('app')!;
    const ok = await handler(new Request('app://vtopo/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await ok.text()).toContain('<title>vtopo</title>');
    expect((await handler(new Request('app://vtopo/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://vtopo/..%2f..%2fpackage.json'))).status).toBe(404);
  });

  it('locks the session: permissions refused but the clipboard, no network', () => {
    const s = fake.session.defaultSession;
    const answers: boolean[] = [];
    s.permissionRequest!(null, 'media', (ok) => answers.push(ok), {
      requestingUrl: 'app://vtopo/index.html',
    });
    s.permissionRequest!(null, 'clipboard-sanitized-write', (ok) => answers.push(ok), {
      requestingUrl: 'app://vtopo/index.html',
    });
    expect(answers).toEqual([false, true]);
    expect(s.blocked?.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    let cancelled = false;
    s.blocker!({}, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });

  it('registers the IPC handlers and the menu', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(INVOKE).sort());
    expect([...fake.ipcMain.listeners.keys()].sort()).toEqual(Object.values(SEND).sort());
    const template = (fake.Menu.current as { template: { label?: string }[] }).template;
    expect(template.map((m) => m.label)).toContain('&File');
  });

  it('IPC from the page reaches its document; IPC from elsewhere does not', () => {
    fake.ipcMain.listeners.get(SEND.documentState)!(fromPage(win), {
      title: 'a.vtopo',
      dirty: true,
    });
    expect(win.title).toBe('• a.vtopo — vtopo');
    fake.ipcMain.listeners.get(SEND.documentState)!(fromPage(win, 'https://evil.example/'), {
      title: 'x',
      dirty: false,
    });
    expect(win.title).toBe('• a.vtopo — vtopo');
  });

  it('a second instance hands its files over: they open in a new window, this one is edited', async () => {
    const path = join(root, 'lab.vtopo');
    await writeFile(path, docText('Lab'));
    fake.app.emit('second-instance', fake.preventable(), ['electron', '.', 'lab.vtopo'], root);
    await vi.waitFor(() => expect(fake.BrowserWindow.all).toHaveLength(2));
    const second = fake.BrowserWindow.all[1]!;
    fake.ipcMain.listeners.get(SEND.ready)!(fromPage(second));
    const opened = second.webContents.sent.find((m) => m.channel === PUSH.openDocument);
    expect(opened?.payload).toMatchObject({ name: 'lab.vtopo' });
    expect(fake.app.recent).toEqual([path]);
  });

  it("closing a window with unsaved changes asks; Don't Save closes it", async () => {
    fake.ipcMain.listeners.get(SEND.ready)!(fromPage(win));
    answerSnapshots(win, { dirty: true, text: docText('Work'), title: 'Work' });
    fake.dialog.answers.push(1);
    win.close();
    expect(win.destroyed).toBe(false);
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(fake.dialog.asked).toEqual(['Do you want to save the changes you made to “Work”?']);
  });

  it('quitting asks the windows left, then quits', async () => {
    const second = fake.BrowserWindow.all[1]!;
    answerSnapshots(second, { dirty: true, text: docText('Lab 2'), title: 'lab.vtopo' });
    fake.dialog.answers.push(2); // Cancel: no quit
    const first = fake.preventable();
    fake.app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.dialog.asked).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.app.quitCalls).toBe(0);

    fake.dialog.answers.push(1); // Don't Save: quit
    fake.app.emit('before-quit', fake.preventable());
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1));
    const again = fake.preventable();
    fake.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
