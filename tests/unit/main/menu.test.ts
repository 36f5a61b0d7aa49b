// The application menu: its shape per platform, its accelerators (the editor's own keys),
// and what each item does.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DesktopAction } from '../../../renderer/host/host';
import { menuTemplate, recentLabel } from '../../../main/menu/menu-template';
import type { MenuCommand } from '../../../main/menu/menu-template';

type Item = MenuItemConstructorOptions;

// renderer/shortcuts.ts is DOM code (type-checked by renderer/tsconfig.json); loaded by a
// computed name so this Node-typed project does not type-check it.
const SHORTCUTS_MODULE = '../../../renderer/shortcuts';
interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}
const { actionFor } = (await import(/* @vite-ignore */ SHORTCUTS_MODULE)) as {
  actionFor(e: KeyLike): DesktopAction | undefined;
};

function build(platform: NodeJS.Platform, recent: string[] = []) {
  const commands: MenuCommand[] = [];
  const template = menuTemplate({ platform, appName: 'vtopo', recent, devTools: false }, (c) =>
    commands.push(c),
  );
  return { template, commands };
}

function items(menu: Item[]): Item[] {
  const out: Item[] = [];
  const walk = (list: Item[]) => {
    for (const item of list) {
      out.push(item);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(menu);
  return out;
}

const byLabel = (menu: Item[], label: string) => items(menu).find((i) => i.label === label);
const click = (item: Item | undefined) => (item?.click as unknown as () => void)();

describe('menu shape', () => {
  it('Windows and Linux: File, Edit, View, Export, Help; Quit and About inside', () => {
    const { template } = build('linux');
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', 'E&xport', '&Help']);
    expect(byLabel(template, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    expect(byLabel(template, 'About vtopo')).toBeDefined();
  });

  it('macOS: the app menu first, a Window menu, Quit in the app menu only', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'vtopo',
      'File',
      'Edit',
      'View',
      'Export',
      'windowMenu',
      'Help',
    ]);
    const appMenu = template[0]!.submenu as Item[];
    expect(appMenu.map((i) => i.role ?? i.label ?? i.type)).toEqual([
      'About vtopo',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(byLabel(template, 'Quit')).toBeUndefined();
  });

  it('developer tools only from source', () => {
    const dev = menuTemplate(
      { platform: 'linux', appName: 'vtopo', recent: [], devTools: true },
      () => undefined,
    );
    expect(items(dev).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(items(build('linux').template).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
});

describe('accelerators', () => {
  it('are the standard ones', () => {
    const { template } = build('linux');
    const acc = (label: string) => byLabel(template, label)?.accelerator;
    expect({
      New: acc('New'),
      'New Window': acc('New Window'),
      'Open…': acc('Open…'),
      Save: acc('Save'),
      'Save As…': acc('Save As…'),
      'Close Window': acc('Close Window'),
      Undo: acc('Undo'),
      Redo: acc('Redo'),
      Cut: acc('Cut'),
      Copy: acc('Copy'),
      Paste: acc('Paste'),
      'Select All': acc('Select All'),
      'Export…': acc('Export…'),
    }).toEqual({
      New: 'CmdOrCtrl+N',
      'New Window': 'CmdOrCtrl+Shift+N',
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'CmdOrCtrl+Shift+S',
      'Close Window': 'CmdOrCtrl+W',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'Ctrl+Y',
      Cut: 'CmdOrCtrl+X',
      Copy: 'CmdOrCtrl+C',
      Paste: 'CmdOrCtrl+V',
      'Select All': 'CmdOrCtrl+A',
      'Export…': 'CmdOrCtrl+E',
    });
    expect(byLabel(build('darwin').template, 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
  });

  it('are the keys the editor itself maps to the same action (renderer/shortcuts.ts)', () => {
    const { template, commands } = build('linux');
    let checked = 0;
    for (const item of items(template)) {
      if (!item.accelerator || !item.click) continue;
      click(item);
      const command = commands.at(-1)!;
      if (command.kind !== 'editor') continue;
      const parts = String(item.accelerator).split('+');
      const key = parts.at(-1)!;
      const keyName = key === 'Plus' ? '+' : key.length === 1 ? key.toLowerCase() : key;
      const event = {
        key: keyName === '1' && parts.includes('Shift') ? '!' : keyName,
        code: key === '1' ? 'Digit1' : '',
        ctrlKey: parts.includes('CmdOrCtrl') || parts.includes('Ctrl'),
        metaKey: false,
        shiftKey: parts.includes('Shift'),
        altKey: false,
      };
      expect([item.label, actionFor(event)]).toEqual([item.label, command.action]);
      checked++;
    }
    expect(checked).toBe(16);
  });

  it('keys without a modifier are shown but not registered (they would fire while typing)', () => {
    const { template } = build('linux');
    for (const label of ['Delete', 'Fit to Window', 'Zoom In', 'Zoom Out']) {
      expect(byLabel(template, label)).toMatchObject({ registerAccelerator: false });
    }
    expect(byLabel(template, 'Copy')?.registerAccelerator).toBe(true);
  });
});

describe('what the items do', () => {
  it('editor items go to the editor; the rest to main', () => {
    const { template, commands } = build('linux');
    for (const label of [
      'New',
      'Undo',
      'Delete',
      'Zoom In',
      'Export…',
      'New Window',
      'Revert to Saved',
      'Export as SVG…',
      'Export as PNG…',
      'Rule Catalogue',
      'About vtopo',
    ]) {
      click(byLabel(template, label));
    }
    expect(commands).toEqual([
      { kind: 'editor', action: 'new' },
      { kind: 'editor', action: 'undo' },
      { kind: 'editor', action: 'delete' },
      { kind: 'editor', action: 'zoomIn' },
      { kind: 'editor', action: 'export' },
      { kind: 'newWindow' },
      { kind: 'revert' },
      { kind: 'exportSvg' },
      { kind: 'exportPng' },
      { kind: 'catalogue' },
      { kind: 'about' },
    ]);
  });

  it('Open Recent lists the documents, opens the one clicked, and can be cleared', () => {
    const { template, commands } = build('linux', ['/docs/a.vtopo', '/docs/R&D/b.vtopo']);
    const recent = (byLabel(template, 'Open Recent')?.submenu as Item[]).map(
      (i) => i.label ?? i.type,
    );
    expect(recent).toEqual(['a.vtopo — /docs', 'b.vtopo — /docs/R&&D', 'separator', 'Clear Menu']);
    click(byLabel(template, 'b.vtopo — /docs/R&&D'));
    click(byLabel(template, 'Clear Menu'));
    expect(commands).toEqual([
      { kind: 'openRecent', path: '/docs/R&D/b.vtopo' },
      { kind: 'clearRecent' },
    ]);
    const empty = build('linux').template;
    expect(byLabel(empty, 'No Recent Documents')?.enabled).toBe(false);
    expect(byLabel(empty, 'Clear Menu')?.enabled).toBe(false);
  });

  it('recent labels keep the name and shorten a long folder', () => {
    const label = recentLabel(`/${'very-long-folder/'.repeat(10)}x.vtopo`, 'darwin');
    expect(label.startsWith('x.vtopo — …')).toBe(true);
    expect(label.length).toBeLessThan(70);
  });
});
