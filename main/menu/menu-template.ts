// The application menu, as a plain template (Menu.buildFromTemplate takes it in main.ts):
// File, Edit, View, Export, Help, and on macOS the app menu and Window. Editing items are
// sent to the focused window's editor; the accelerators are the editor's own keys
// (renderer/shortcuts.ts), so a menu shows what the key does.
//
// Keys without a modifier (Delete, +, -, Shift+1) are shown but not registered: registered,
// they would fire while typing in a text field. The editor's keyboard handler does them.
import { basename, dirname } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { DesktopAction } from '../../renderer/host/host';

export type MenuCommand =
  | { readonly kind: 'editor'; readonly action: DesktopAction }
  | { readonly kind: 'newWindow' }
  | { readonly kind: 'openRecent'; readonly path: string }
  | { readonly kind: 'clearRecent' }
  | { readonly kind: 'revert' }
  | { readonly kind: 'exportSvg' }
  | { readonly kind: 'exportPng' }
  | { readonly kind: 'catalogue' }
  | { readonly kind: 'about' };

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly recent: readonly string[];
  /** Developer tools only when running from source. */
  readonly devTools: boolean;
}

type Item = MenuItemConstructorOptions;

export function menuTemplate(ctx: MenuContext, run: (command: MenuCommand) => void): Item[] {
  const mac = ctx.platform === 'darwin';
  const editor = (
    label: string,
    action: DesktopAction,
    accelerator?: string,
    registered = true,
  ): Item => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: registered } : {}),
    click: () => run({ kind: 'editor', action }),
  });
  const sep: Item = { type: 'separator' };

  const appMenu: Item = {
    label: ctx.appName,
    submenu: [
      { label: `About ${ctx.appName}`, click: () => run({ kind: 'about' }) },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };

  const recentItems: Item[] = ctx.recent.map((path) => ({
    label: recentLabel(path, ctx.platform),
    click: () => run({ kind: 'openRecent', path }),
  }));
  const file: Item = {
    label: mac ? 'File' : '&File',
    submenu: [
      editor('New', 'new', 'CmdOrCtrl+N'),
      {
        label: 'New Window',
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => run({ kind: 'newWindow' }),
      },
      editor('Open…', 'open', 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        submenu: [
          ...(recentItems.length > 0
            ? recentItems
            : [{ label: 'No Recent Documents', enabled: false }]),
          sep,
          {
            label: 'Clear Menu',
            enabled: recentItems.length > 0,
            click: () => run({ kind: 'clearRecent' }),
          },
        ],
      },
      sep,
      editor('Save', 'save', 'CmdOrCtrl+S'),
      editor('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      { label: 'Revert to Saved', click: () => run({ kind: 'revert' }) },
      sep,
      { label: 'Close Window', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [sep, { label: 'Quit', role: 'quit' as const, accelerator: 'Ctrl+Q' }]),
    ],
  };

  const edit: Item = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      editor('Undo', 'undo', 'CmdOrCtrl+Z'),
      editor('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      sep,
      editor('Cut', 'cut', 'CmdOrCtrl+X'),
      editor('Copy', 'copy', 'CmdOrCtrl+C'),
      editor('Paste', 'paste', 'CmdOrCtrl+V'),
      editor('Duplicate', 'duplicate', 'CmdOrCtrl+D'),
      editor('Delete', 'delete', 'Delete', false),
      sep,
      editor('Select All', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const view: Item = {
    label: mac ? 'View' : '&View',
    submenu: [
      editor('Fit to Window', 'fit', 'Shift+1', false),
      editor('Zoom In', 'zoomIn', 'Plus', false),
      editor('Zoom Out', 'zoomOut', '-', false),
      sep,
      { role: 'togglefullscreen' },
      ...(ctx.devTools ? [sep, { role: 'toggleDevTools' as const }] : []),
    ],
  };

  const exportMenu: Item = {
    label: mac ? 'Export' : 'E&xport',
    submenu: [
      editor('Export…', 'export', 'CmdOrCtrl+E'),
      sep,
      {
        label: 'Export as SVG…',
        accelerator: 'CmdOrCtrl+Shift+E',
        click: () => run({ kind: 'exportSvg' }),
      },
      { label: 'Export as PNG…', click: () => run({ kind: 'exportPng' }) },
    ],
  };

  const help: Item = {
    label: mac ? 'Help' : '&Help',
    role: 'help',
    submenu: [
      { label: 'Rule Catalogue', accelerator: 'F1', click: () => run({ kind: 'catalogue' }) },
      ...(mac ? [] : [sep, { label: `About ${ctx.appName}`, click: () => run({ kind: 'about' }) }]),
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    view,
    exportMenu,
    ...(mac ? [{ role: 'windowMenu' as const }] : []),
    help,
  ];
}

/** "stack.vtopo — ~/Documents/labs": the name first, then where it is, kept short. */
export function recentLabel(path: string, platform: NodeJS.Platform): string {
  const folder = dirname(path);
  const shortFolder = folder.length > 50 ? `…${folder.slice(-49)}` : folder;
  const label = `${basename(path)} — ${shortFolder}`;
  // On Windows and Linux "&" marks the access key; "&&" is a literal ampersand.
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}
