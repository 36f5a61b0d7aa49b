// A stand-in for the 'electron' module (which needs the Electron binary): just enough of
// app, BrowserWindow, dialog, Menu, ipcMain, protocol, session and shell for main/main.ts
// to start, recording what it is asked to do. Used with vi.mock('electron').
import { EventEmitter } from 'node:events';

export interface Preventable {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable(): Preventable {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let nextContentsId = 100;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((d: { url: string }) => { action: string }) | undefined;
  readonly edits: string[] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void {
    this.windowOpenHandler = h;
  }
  reload(): void {}
  undo(): void {
    this.edits.push('undo');
  }
  redo(): void {}
  cut(): void {}
  copy(): void {
    this.edits.push('copy');
  }
  paste(): void {}
  delete(): void {}
  selectAll(): void {}
}

export const app = Object.assign(new EventEmitter(), {
  name: 'vtopo',
  isPackaged: false,
  appPath: '/nonexistent',
  quitCalls: 0,
  sandboxed: false,
  recent: [] as string[],
  readyResolve: undefined as (() => void) | undefined,
  ready: undefined as Promise<void> | undefined,
  whenReady(): Promise<void> {
    this.ready ??= new Promise<void>((r) => (this.readyResolve = r));
    return this.ready;
  },
  requestSingleInstanceLock: () => true,
  enableSandbox() {
    app.sandboxed = true;
  },
  getAppPath: () => app.appPath,
  getPath: (name: string) => `${app.appPath}/${name}`,
  getVersion: () => '0.1.0',
  quit() {
    app.quitCalls++;
    const e = preventable();
    app.emit('before-quit', e);
  },
  setAppUserModelId() {},
  addRecentDocument(path: string) {
    app.recent.push(path);
  },
  clearRecentDocuments() {
    app.recent = [];
  },
});

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  static nextId = 1;
  static focused: BrowserWindow | null = null;
  readonly id = BrowserWindow.nextId++;
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  title = '';
  destroyed = false;

  constructor(
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>,
  ) {
    super();
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', preventable(), this.webContents);
  }
  static fromId(id: number): BrowserWindow | null {
    return BrowserWindow.all.find((w) => w.id === id) ?? null;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show(): void {}
  focus(): void {
    BrowserWindow.focused = this;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  setTitle(title: string): void {
    this.title = title;
  }
  setRepresentedFilename(): void {}
  setDocumentEdited(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    const e = preventable();
    this.emit('close', e);
    if (e.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export const dialog = {
  answers: [] as number[],
  asked: [] as string[],
  showMessageBox(_parent: unknown, options?: { message: string }) {
    const box = (options ?? _parent) as { message: string };
    dialog.asked.push(box.message);
    return Promise.resolve({ response: dialog.answers.shift() ?? 0 });
  },
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
};

export const Menu = {
  current: undefined as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown) {
    Menu.current = menu;
  },
};

type IpcListener = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, IpcListener>(),
  listeners: new Map<string, IpcListener>(),
  handle(channel: string, l: IpcListener) {
    ipcMain.handlers.set(channel, l);
  },
  on(channel: string, l: IpcListener) {
    ipcMain.listeners.set(channel, l);
  },
};

export const protocol = {
  privileged: undefined as unknown,
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown) {
    protocol.privileged = schemes;
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    protocol.handlers.set(scheme, handler);
  },
};

type PermissionRequest = (
  wc: unknown,
  permission: string,
  cb: (ok: boolean) => void,
  details: { requestingUrl: string },
) => void;
export const session = {
  defaultSession: {
    permissionRequest: undefined as PermissionRequest | undefined,
    permissionCheck: undefined as
      ((wc: unknown, permission: string, origin: string) => boolean) | undefined,
    blocked: undefined as { urls: string[] } | undefined,
    blocker: undefined as ((d: unknown, cb: (r: { cancel: boolean }) => void) => void) | undefined,
    setPermissionRequestHandler(h: PermissionRequest) {
      this.permissionRequest = h;
    },
    setPermissionCheckHandler(h: (wc: unknown, permission: string, origin: string) => boolean) {
      this.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest(
        filter: { urls: string[] },
        h: (d: unknown, cb: (r: { cancel: boolean }) => void) => void,
      ) {
        session.defaultSession.blocked = filter;
        session.defaultSession.blocker = h;
      },
    },
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string) {
    shell.opened.push(url);
    return Promise.resolve();
  },
};
