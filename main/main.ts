// The Electron main process: the entry point (package.json "main": dist/main/main.js).
// Glue only: it fills the ports of the document controller with Electron's app, windows,
// dialogs and menus, and wires Electron's events to it. Everything it decides is in the
// modules it imports, which the unit tests cover in plain Node.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, ipcMain, protocol, session, shell } from 'electron';
import { RULES } from '../app/rules/catalogue';
import { BackupStore } from './backup/backup-store';
import { DocumentController } from './documents/controller';
import type { EditorWindow } from './documents/ports';
import { electronDialogs } from './electron/dialogs';
import { createEditorWindow } from './electron/editor-window';
import { resvgRasterize } from './export/resvg-rasterize';
import { aboutBox } from './help/about';
import { catalogueUrl } from './help/catalogue-html';
import { registerIpc } from './ipc/register';
import type { IpcMainLike } from './ipc/register';
import { menuTemplate } from './menu/menu-template';
import type { MenuCommand } from './menu/menu-template';
import { documentPathsFromArgv } from './os/argv';
import { RecentDocuments } from './recent/recent-store';
import { APP_SCHEME } from './security/app-origin';
import { resolveAppRequest } from './security/app-protocol';
import { guardContents, isSafeExternalUrl } from './security/navigation';
import { allowPermission } from './security/permissions';
import { helpWebPreferences } from './security/web-preferences';

// Before `ready`: the editor's page is served from app://vtopo/, a secure standard origin.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      codeCache: true,
    },
  },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another vtopo runs: it gets our argv ('second-instance') and opens the files.
  app.quit();
} else {
  start();
}

function start(): void {
  const appRoot = app.getAppPath();
  // resvg's native code reads the fonts itself, so they must be outside the asar archive.
  const unpacked = (path: string) => path.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');
  const fontFiles = ['Inter-Regular.otf', 'Inter-SemiBold.otf'].map((f) =>
    unpacked(join(appRoot, 'assets', 'fonts', f)),
  );
  const rendererRoot = join(appRoot, 'dist', 'renderer');
  const preload = fileURLToPath(new URL('./preload.cjs', import.meta.url));
  const icon =
    process.platform === 'linux'
      ? join(appRoot, 'assets', 'icons', 'png', '512x512.png')
      : undefined;

  const queued = documentPathsFromArgv(process.argv, process.cwd(), app.isPackaged);
  let controller: DocumentController | undefined;

  // Links the user follows open in their browser: http(s) only (isSafeExternalUrl), never
  // file:, custom schemes or anything else a crafted document could smuggle in. This is the
  // one openExternal call (electronegativity's OPEN_EXTERNAL_JS_CHECK, medium, reviewed).
  const openExternal = (url: string) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  };

  // Every web contents ever created (editor, help, devtools) is kept on its page.
  app.on('web-contents-created', (_e, contents) => guardContents(contents, openExternal));

  // macOS: a document double-clicked in the Finder or dropped on the Dock icon.
  app.on('open-file', (e, path) => {
    e.preventDefault();
    if (controller) void controller.openPaths([path]);
    else queued.push(path);
  });

  // A second `vtopo FILE` (the file association on Windows and Linux) lands here.
  app.on('second-instance', (_e, argv, cwd) => {
    const paths = documentPathsFromArgv(argv, cwd, app.isPackaged);
    if (!controller) return void queued.push(...paths);
    if (paths.length > 0) return void controller.openPaths(paths);
    const first = controller.sessionList()[0];
    if (first) first.win.focus();
    else controller.newWindow();
  });

  void app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId('org.vtopo.editor');
    lockDownSession();
    protocol.handle(APP_SCHEME, async (request) => {
      const resource = resolveAppRequest(request.url, rendererRoot);
      if (!resource) return new Response('Not found', { status: 404 });
      try {
        return new Response(await readFile(resource.path), { headers: resource.headers });
      } catch {
        return new Response('Not found', { status: 404 });
      }
    });

    const userData = app.getPath('userData');
    const recent = new RecentDocuments(join(userData, 'recent.json'));
    const c: DocumentController = new DocumentController({
      dialogs: electronDialogs,
      desktop: {
        createWindow: () =>
          createEditorWindow({
            preload,
            devTools: !app.isPackaged,
            ...(icon ? { icon } : {}),
            controller: () => c,
          }),
        addRecentDocument: (path) => app.addRecentDocument(path),
        clearRecentDocuments: () => app.clearRecentDocuments(),
      },
      recent,
      backups: new BackupStore(join(userData, 'backups')),
      rasterize: resvgRasterize(fontFiles),
      platform: process.platform,
      documentsDir: app.getPath('documents'),
      onRecentChanged: () => setMenu(c),
    });
    controller = c;
    registerIpc(ipcMain as unknown as IpcMainLike, c);

    await recent.load();
    setMenu(c);
    void c.cleanRecentFolders();
    c.newWindow();
    await c.openPaths(queued.splice(0));
    await c.recoverBackups();

    app.on('activate', () => {
      if (c.sessionList().length === 0) c.newWindow();
    });
    installQuitGuard(c);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  function lockDownSession(): void {
    const s = session.defaultSession;
    s.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(allowPermission(permission, details.requestingUrl)),
    );
    s.setPermissionCheckHandler((_wc, permission, origin) => allowPermission(permission, origin));
    // The app loads nothing from the network; a page that tries is stopped here as well.
    s.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
      (_details, callback) => callback({ cancel: true }),
    );
  }

  function setMenu(c: DocumentController): void {
    const template = menuTemplate(
      {
        platform: process.platform,
        appName: app.name,
        recent: c.recentPaths(),
        devTools: !app.isPackaged,
      },
      (command) => void runMenu(c, command),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function focusedWindow(c: DocumentController): EditorWindow | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    return focused ? c.session(focused.id)?.win : undefined;
  }

  async function runMenu(c: DocumentController, command: MenuCommand): Promise<void> {
    const win = focusedWindow(c);
    switch (command.kind) {
      case 'editor':
        if (win) return c.send(win.id, command.action);
        // macOS with no window open: New and Open still work.
        if (command.action === 'new') return void c.newWindow();
        if (command.action === 'open') {
          const path = await electronDialogs.open(null, {
            title: 'Open',
            filters: [{ name: 'vtopo documents', extensions: ['vtopo', 'json'] }],
          });
          if (path) await c.openPath(path);
        }
        return;
      case 'newWindow':
        return void c.newWindow();
      case 'openRecent':
        return void (await c.openPath(command.path, win?.id));
      case 'clearRecent':
        return c.clearRecent();
      case 'revert':
        return win ? c.revert(win.id) : undefined;
      case 'exportSvg':
        return win ? c.exportFromMenu(win.id, 'svg') : undefined;
      case 'exportPng':
        return win ? c.exportFromMenu(win.id, 'png') : undefined;
      case 'catalogue':
        return showCatalogue();
      case 'about':
        return void (await electronDialogs.message(
          win ?? null,
          aboutBox({
            appName: app.name,
            version: app.getVersion(),
            electron: process.versions.electron ?? '',
            chrome: process.versions.chrome ?? '',
            node: process.versions.node,
          }),
        ));
    }
  }

  let catalogue: BrowserWindow | undefined;
  function showCatalogue(): void {
    if (catalogue && !catalogue.isDestroyed()) return catalogue.focus();
    catalogue = new BrowserWindow({
      width: 760,
      height: 820,
      title: 'Rule catalogue — vtopo',
      autoHideMenuBar: true,
      webPreferences: {
        ...helpWebPreferences(),
        // The same as helpWebPreferences says, spelled out for the security scanner.
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    catalogue.on('page-title-updated', (e) => e.preventDefault());
    void catalogue.loadURL(catalogueUrl(RULES));
  }

  function installQuitGuard(c: DocumentController): void {
    let approved = false;
    let asking = false;
    app.on('before-quit', (e) => {
      if (approved) return;
      e.preventDefault();
      if (asking) return;
      asking = true;
      void c.requestQuit().then((ok) => {
        asking = false;
        if (!ok) return;
        approved = true;
        c.dispose();
        app.quit();
      });
    });
  }
}
