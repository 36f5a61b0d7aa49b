// The main process against a page that is not what it should be: every IPC handler, called
// from every kind of unexpected sender, is refused before it acts; called with arguments
// of the wrong types (generated), it answers "invalid" and acts on nothing; and no path
// reaches a file the user did not choose in a dialog or drop on the window. (The draw.io
// desktop bug this guards against: a label XSS that read local files over IPC.)
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE, SEND } from '../../../main/ipc/channels';
import { registerIpc } from '../../../main/ipc/register';
import type { IpcMainLike } from '../../../main/ipc/register';
import { EXPORT_MIMES, NATIVE_EDITS } from '../../../main/ipc/schemas';
import type { IpcSenderEvent } from '../../../main/ipc/sender-check';
import { MAX_DOCUMENT_BYTES, readDocumentFile } from '../../../main/fs/read-document';
import { docText, makeRig } from '../main/fakes';
import type { FakeWindow, Rig } from '../main/fakes';
import { Figures, polluted, runs } from '../../hardening/figures';

const APP = 'app://vtopo/index.html';
const REFUSED = { ok: false, error: 'vtopo refused this request.' };
const INVALID = { ok: false, error: 'vtopo received an invalid request.' };
const figures = new Figures('IPC refusals');

type Listener = (e: IpcSenderEvent, ...args: unknown[]) => unknown;

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  readonly listeners = new Map<string, Listener>();
  readonly warnings: string[] = [];
  handle(channel: string, l: Listener) {
    this.handlers.set(channel, l);
  }
  on(channel: string, l: Listener) {
    this.listeners.set(channel, l);
  }
  /** What the page gets back (undefined for a one-way message). */
  async call(channel: string, e: IpcSenderEvent, args: unknown[]): Promise<unknown> {
    const invoke = this.handlers.get(channel);
    if (invoke) return invoke(e, ...args);
    this.listeners.get(channel)!(e, ...args);
    return undefined;
  }
}

function event(contentsId: number, url = APP, parent: unknown = null): IpcSenderEvent {
  return { sender: { id: contentsId }, senderFrame: { url, parent } };
}

/** Every sender that is not the top frame of one of our windows on our own page. */
function untrusted(w: FakeWindow): [string, IpcSenderEvent][] {
  const id = w.contentsId;
  return [
    ['another web contents', event(9999)],
    ['a frame inside our page', event(id, APP, { url: APP })],
    ['our window, navigated to a web page', event(id, 'https://evil.example/')],
    ['our window, on a file', event(id, 'file:///tmp/evil.html')],
    ['our window, on a data: URL', event(id, 'data:text/html,<script>1</script>')],
    ['our window, on about:blank', event(id, 'about:blank')],
    ['our window, on devtools', event(id, 'devtools://devtools/bundled/inspector.html')],
    ['a look-alike app: host', event(id, 'app://vtopo.evil/index.html')],
    ['an app: URL with a user part', event(id, 'app://vtopo@evil.example/index.html')],
    ['our window, its frame destroyed', { sender: { id }, senderFrame: null }],
    ['no frame at all', { sender: { id } } as IpcSenderEvent],
  ];
}

let rig: Rig;
let ipc: FakeIpcMain;
let w: FakeWindow;
let docPath: string;
let docBytes: Uint8Array;

beforeEach(async () => {
  rig = await makeRig();
  ipc = new FakeIpcMain();
  registerIpc(ipc, rig.c, (m) => ipc.warnings.push(m));
  w = rig.window();
  docPath = join(rig.dir, 'mine.vtopo');
  docBytes = new TextEncoder().encode(docText('Mine'));
  await writeFile(docPath, docBytes);
});
afterEach(() => rig.cleanup());
afterAll(() => {
  figures.report();
  expect(polluted()).toBeUndefined();
});

/** Arguments each channel accepts: a valid call, to show that refusals are not about them. */
function validArgs(channel: string): unknown[] {
  switch (channel) {
    case INVOKE.open:
    case SEND.ready:
      return [];
    case INVOKE.save:
      return [docText('Forged'), 'forged.vtopo', null];
    case INVOKE.exportFile:
      return ['<svg xmlns="http://www.w3.org/2000/svg"/>', 'forged.svg', 'image/svg+xml'];
    case INVOKE.openDropped:
      return [docPath, docBytes];
    case SEND.documentState:
      return [{ title: 'forged', dirty: true, ref: null }];
    case SEND.snapshot:
      return [0, { dirty: true, text: docText('forged'), title: 'forged', ref: null }];
    case SEND.nativeEdit:
      return ['selectAll'];
    default:
      throw new Error(`no valid arguments for ${channel}`);
  }
}

const CHANNELS = [...Object.values(INVOKE), ...Object.values(SEND)];

/** What a handler could have changed: dialogs, windows, files, the recent list. */
async function observable(): Promise<string> {
  const files = await readdir(rig.dir);
  return JSON.stringify({
    asked: rig.dialogs.asked.length,
    windows: rig.windows.map((x) => [x.title, x.edited, x.sent.length, x.edits, x.focused]),
    files: files.sort(),
    recent: rig.c.recentPaths(),
    sessions: rig.c.sessionList().length,
  });
}

describe('every handler, from every unexpected sender', () => {
  it.each(CHANNELS)('%s is refused before it acts, and logged', async (channel) => {
    const before = await observable();
    for (const [who, e] of untrusted(w)) {
      const warned = ipc.warnings.length;
      const result = await ipc.call(channel, e, validArgs(channel));
      figures.add('calls from unexpected senders');
      if (ipc.handlers.has(channel)) expect(result, who).toEqual(REFUSED);
      expect(ipc.warnings.length, who).toBe(warned + 1);
      expect(ipc.warnings.at(-1), who).toMatch(/^vtopo: refused /);
      figures.add('refused');
    }
    expect(await observable()).toBe(before);
  });

  it('the same call from our page is served (the refusals are about the sender)', async () => {
    rig.dialogs.openAnswers.push(null);
    rig.dialogs.saveAnswers.push(null, null);
    for (const channel of CHANNELS) {
      const result = await ipc.call(channel, event(w.contentsId), validArgs(channel));
      if (ipc.handlers.has(channel)) expect(result, channel).not.toEqual(REFUSED);
    }
    expect(ipc.warnings).toEqual([]);
  });

  it('a snapshot from elsewhere cannot answer a question put to our window', async () => {
    w.page.responsive = false;
    const asked = rig.c.broker.request(w);
    const id = w.sent.at(-1)!.payload as number;
    for (const [, e] of untrusted(w)) {
      await ipc.call(SEND.snapshot, e, [
        id,
        { dirty: true, text: 'forged', title: 'x', ref: null },
      ]);
    }
    expect(await asked).toBeNull(); // timed out: nothing forged got through
  });
});

// ---- wrong argument types ------------------------------------------------------------

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number) =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/** What each channel accepts, from the contract (main/ipc/schemas.ts states it in zod). */
const ACCEPTS: Readonly<Record<string, (a: unknown[]) => boolean>> = {
  [INVOKE.open]: (a) => a.length === 0,
  [SEND.ready]: (a) => a.length === 0,
  // A ref that is not one main handed out counts as none, so any third value is accepted.
  [INVOKE.save]: (a) =>
    (a.length === 2 || a.length === 3) && str(a[0], 0, MAX_DOCUMENT_BYTES) && str(a[1], 1, 255),
  [INVOKE.exportFile]: (a) =>
    a.length === 3 &&
    (str(a[0], 0, 256 * 1024 * 1024) || a[0] instanceof Uint8Array) &&
    str(a[1], 1, 255) &&
    (EXPORT_MIMES as readonly unknown[]).includes(a[2]),
  [INVOKE.openDropped]: (a) =>
    a.length === 2 &&
    str(a[0], 1, 4096) &&
    (a[0] as string).startsWith('/') &&
    a[1] instanceof Uint8Array &&
    a[1].byteLength <= MAX_DOCUMENT_BYTES,
  [SEND.documentState]: (a) =>
    a.length === 1 && isObj(a[0]) && str(a[0].title, 0, 1000) && typeof a[0].dirty === 'boolean',
  [SEND.snapshot]: (a) =>
    a.length === 2 &&
    Number.isSafeInteger(a[0]) &&
    (a[0] as number) >= 0 &&
    (a[1] === null ||
      (isObj(a[1]) &&
        typeof a[1].dirty === 'boolean' &&
        str(a[1].text, 0, MAX_DOCUMENT_BYTES) &&
        str(a[1].title, 0, 1000))),
  [SEND.nativeEdit]: (a) => a.length === 1 && (NATIVE_EDITS as readonly unknown[]).includes(a[0]),
};

/** Values a page can send (what structured clone carries). */
const value = fc.oneof(
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  fc.constantFrom<unknown>(
    '',
    '/etc/passwd',
    '../../../../etc/passwd',
    'C:\\Windows\\win.ini',
    '\\\\server\\share\\x.vtopo',
    'file:///etc/passwd',
    'x'.repeat(4097),
    'a.vtopo\u0000.png',
    '__proto__',
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    NaN,
    new Uint8Array(3),
    { title: 7, dirty: 'yes' },
    { title: 'x', dirty: true, __proto__: { polluted: 1 } },
    JSON.parse('{"title":"x","dirty":true,"__proto__":{"polluted":1}}'),
    'openDevTools',
    'text/html',
  ),
);

/** Argument lists near a valid one (one value swapped, dropped or added), and any list. */
function argsFor(channel: string): fc.Arbitrary<unknown[]> {
  const valid = validArgs(channel);
  return fc.oneof(
    fc.tuple(fc.nat(), value).map(([i, v]) => {
      const a = [...valid];
      if (a.length > 0) a[i % a.length] = v;
      else a.push(v);
      return a;
    }),
    fc.nat().map((i) => valid.filter((_x, j) => valid.length === 0 || j !== i % valid.length)),
    value.map((v) => [...valid, v]),
    fc.array(value, { maxLength: 4 }),
  );
}

describe('every handler, with arguments of the wrong types', () => {
  it.each(CHANNELS)('%s answers "invalid" and acts on nothing', async (channel) => {
    const accepts = ACCEPTS[channel]!;
    await fc.assert(
      fc.asyncProperty(argsFor(channel), async (args) => {
        figures.add('calls with generated arguments');
        if (accepts(args)) {
          figures.add('accepted, as the contract says');
          return;
        }
        const before = await observable();
        const warned = ipc.warnings.length;
        // Never an exception: IPC would hand it to the page as a message.
        const result = await ipc.call(channel, event(w.contentsId), args);
        if (ipc.handlers.has(channel)) expect(result).toEqual(INVALID);
        expect(ipc.warnings.length).toBe(warned + 1);
        expect(await observable()).toBe(before);
        figures.add('refused as invalid');
      }),
      { numRuns: runs(150, 3000) },
    );
    expect(polluted()).toBeUndefined();
  });
});

// ---- paths -------------------------------------------------------------------------------

describe('paths the user did not choose', () => {
  const drop = (path: string, bytes: Uint8Array) =>
    ipc.call(INVOKE.openDropped, event(w.contentsId), [path, bytes]);

  it('a dropped path is opened only when the file holds the bytes the page read from it', async () => {
    const secret = join(rig.dir, 'secret.vtopo');
    await writeFile(secret, docText('Secret'));
    // The page claims a drop of a file it has not read: main reads the file, the hash
    // differs, nothing reaches the window, nothing is remembered.
    expect(await drop(secret, new TextEncoder().encode(docText('Guess')))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/changed while it was being opened/),
    });
    expect(w.page.opened).toEqual([]);
    expect(rig.c.recentPaths()).toEqual([]);
    // So the window holds no ref to it: a save with any ref it might guess asks where.
    rig.dialogs.saveAnswers.push(null);
    await ipc.call(INVOKE.save, event(w.contentsId), ['{}', 'x.vtopo', secret]);
    expect(rig.dialogs.asked.map((a) => a.kind)).toEqual(['save']);
    expect(await readFile(secret, 'utf8')).toBe(docText('Secret'));
  });

  it('what main says about a dropped path tells the page nothing it did not send', async () => {
    // A page that names a path it has not read must not learn what the file holds: not
    // through the loader's reasons (a JSON error quotes the text, a refusal quotes the
    // format), nor whether it exists.
    const secrets: [string, string][] = [
      ['token.json', '{"format":"SECRET-TOKEN-42","version":1}'],
      ['notes.json', 'SECRET-TOKEN-42: not JSON at all'],
      ['newer.vtopo', '{"format":"vtopo","version":4242}'],
    ];
    for (const [name, text] of secrets) await writeFile(join(rig.dir, name), text);
    const replies = new Set<string>();
    for (const name of [...secrets.map(([n]) => n), 'missing.json']) {
      const r = (await drop(join(rig.dir, name), docBytes)) as { ok: boolean; error: string };
      expect(r.ok).toBe(false);
      expect(r.error).not.toMatch(/SECRET|4242/);
      replies.add(r.error.replace(name, 'NAME'));
      figures.add('dropped paths refused');
    }
    expect([...replies]).toHaveLength(1);
  });

  it('only absolute paths to .vtopo or .json regular files are read', async () => {
    const fifo = join(rig.dir, 'pipe.vtopo');
    execFileSync('mkfifo', [fifo]);
    await mkdir(join(rig.dir, 'folder.vtopo'));
    await symlink('/etc/passwd', join(rig.dir, 'passwd.json'));
    const changed = /changed while it was being opened/;
    const cases: [string, RegExp | 'invalid'][] = [
      ['/etc/passwd', /opens \.vtopo documents/],
      [join(rig.dir, 'mine.vtopo.exe'), /opens \.vtopo documents/],
      ['mine.vtopo', 'invalid'],
      ['./mine.vtopo', 'invalid'],
      ['../mine.vtopo', 'invalid'],
      [`${rig.dir}/a\u0000.vtopo`, changed],
      [fifo, changed],
      [join(rig.dir, 'folder.vtopo'), changed],
      // A link the user dropped is the user's choice; what it points at is only opened when
      // it holds the page's own bytes.
      [join(rig.dir, 'passwd.json'), changed],
    ];
    for (const [path, want] of cases) {
      const r = await drop(path, docBytes);
      figures.add('dropped paths refused');
      if (want === 'invalid') expect(r, path).toEqual(INVALID);
      else expect(r, path).toMatchObject({ ok: false, error: expect.stringMatching(want) });
    }
    // Opening a FIFO would wait for a writer for ever, holding one of libuv's threads,
    // without O_NONBLOCK (main/fs/read-document.ts).
    const inTime = await Promise.race([
      readDocumentFile(fifo),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000)),
    ]);
    expect(inTime).toMatchObject({ ok: false, error: expect.stringMatching(/not a regular file/) });
    expect(w.page.opened).toEqual([]);
  }, 20_000);

  it('a ref is never a path: whatever the page sends, Save writes only where a dialog said', async () => {
    const other = rig.window();
    rig.dialogs.openAnswers.push(docPath);
    const opened = (await ipc.call(INVOKE.open, event(other.contentsId), [])) as {
      value: { ref: string };
    };
    const othersRef = opened.value.ref;
    expect(othersRef).toMatch(/^[0-9a-f]{32}$/);
    const mine = await readFile(docPath);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom<unknown>(
            docPath,
            othersRef,
            othersRef.toUpperCase(),
            '__proto__',
            'constructor',
          ),
          fc.stringMatching(/^[0-9a-f]{32}$/),
          value,
        ),
        async (ref) => {
          figures.add('saves with a forged ref');
          const target = join(rig.dir, 'chosen.vtopo');
          rig.dialogs.saveAnswers.push(target);
          const asked = rig.dialogs.asked.length;
          const r = await ipc.call(INVOKE.save, event(w.contentsId), [docText('new'), 'x', ref]);
          expect(r).toMatchObject({ ok: true, value: { name: 'chosen.vtopo' } });
          expect(rig.dialogs.asked.slice(asked).map((a) => a.kind)).toEqual(['save']);
          expect(await readFile(docPath)).toEqual(mine);
        },
      ),
      { numRuns: runs(40, 500) },
    );
  });

  it('a suggested name never leads a dialog out of its folder', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(
            '../../../../etc/passwd',
            '/etc/passwd',
            '..',
            '.',
            'C:\\Windows\\System32\\x',
            '\\\\server\\share\\x',
            'a/../../b',
            'CON',
            'x\u202Egpj.vtopo',
            'a\u0000b',
            '~/.ssh/id_rsa',
            '%2e%2e%2f',
          ),
          fc.string({ minLength: 1, maxLength: 255 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        ),
        fc.constantFrom(INVOKE.save, INVOKE.exportFile),
        async (name, channel) => {
          figures.add('suggested names tried');
          rig.dialogs.saveAnswers.push(null);
          const asked = rig.dialogs.asked.length;
          const args =
            channel === INVOKE.save
              ? [docText('x'), name, null]
              : ['<svg xmlns="http://www.w3.org/2000/svg"/>', name, 'image/svg+xml'];
          await ipc.call(channel, event(w.contentsId), args);
          const dialog = rig.dialogs.asked[asked]!;
          expect(dirname(dialog.defaultPath!)).toBe(rig.dir);
          const base = basename(dialog.defaultPath!);
          // eslint-disable-next-line no-control-regex -- control characters must not get through
          expect(base).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e]|^\.\.?$/);
          expect(base).toMatch(channel === INVOKE.save ? /\.vtopo$/ : /\.svg$/);
        },
      ),
      { numRuns: runs(150, 3000) },
    );
    // The dialogs were cancelled: nothing was written.
    expect((await readdir(rig.dir)).filter((f) => f !== 'userData')).toEqual(['mine.vtopo']);
    expect((await stat(docPath)).size).toBe(docBytes.byteLength);
  });
});
