// The editor's frame: toolbar, palette, canvas, inspector, problems, status; shortcuts and
// the context menu; the first-run welcome.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { Preset } from '../app/model/presets';
import type { Host } from './host/host';
import { Canvas } from './canvas/Canvas';
import { useMinimap } from './canvas/minimap';
import { useFitView } from './canvas/use-fit';
import { ContextMenu } from './canvas/ContextMenu';
import type { MenuItem } from './canvas/ContextMenu';
import { Palette } from './panels/Palette';
import { Inspector } from './panels/Inspector';
import { Problems } from './panels/Problems';
import { StatusBar } from './panels/StatusBar';
import { Toolbar } from './panels/Toolbar';
import { Notice } from './panels/Notice';
import { Welcome } from './dialogs/Welcome';
import { ExportDialog } from './dialogs/ExportDialog';
import { TEMPLATES } from './templates';
import {
  addPreset,
  copySelection,
  cutSelection,
  deleteSelection,
  duplicateSelection,
  fileTitle,
  newDocument,
  openDocument,
  openFile,
  openText,
  paste,
  saveFile,
  selectAll,
  snapshot,
} from './store/actions';
import { connectDesktop } from './host/desktop';
import { editor, isDirty, notify, redo, select, undo, useEditor } from './store/editor';
import { SHORTCUTS, actionFor, isTextEntry } from './shortcuts';
import { readPref, writePref } from './prefs';
import type { Action } from './shortcuts';

const WELCOMED = 'vtopo.welcomed';

function firstRun(): boolean {
  return readPref(WELCOMED) === null;
}

function Editor({ host }: { host: Host }) {
  const rf = useReactFlow();
  const minimap = useMinimap(useEditor((s) => s.layout.boxes.length));
  const fit = useFitView(minimap.shown);
  const [welcome, setWelcome] = useState(firstRun);
  const [exporting, setExporting] = useState(false);
  const [menu, setMenu] = useState<{ at: { x: number; y: number }; target: string | null } | null>(
    null,
  );
  const selectionCount = useEditor((s) => s.selection.length);
  const title = useEditor((s) => fileTitle(s.fileName, s.doc));
  const dirty = useEditor(isDirty);

  const fileRef = useEditor((s) => s.fileRef);
  useEffect(
    () =>
      host.setDocumentState({ title, dirty, ...(fileRef === undefined ? {} : { ref: fileRef }) }),
    [host, title, dirty, fileRef],
  );

  useEffect(() => {
    // Unsaved work is not lost to a closed tab without a question.
    const guard = (e: BeforeUnloadEvent) => {
      if (isDirty(editor.getState())) e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  const closeWelcome = useCallback(() => {
    writePref(WELCOMED, '1');
    setWelcome(false);
  }, []);

  // A document opened any other way (File > Open, a file given to the desktop app, a drop)
  // while the first-run welcome shows: the user is past the welcome, so it makes way.
  const opened = useEditor((s) => s.opened);
  const openedAtStart = useRef(opened);
  useEffect(() => {
    if (opened !== openedAtStart.current) closeWelcome();
  }, [opened, closeWelcome]);

  const reveal = useCallback(
    (id: string) => {
      select([id]);
      void rf.fitView({ nodes: [{ id }], duration: 250, maxZoom: 1.5, padding: 0.5 });
    },
    [rf],
  );

  const onAddPreset = useCallback((preset: Preset) => {
    const sel = editor.getState().selection;
    const parent =
      sel.length === 1 && editor.getState().layout.byId.has(sel[0]!) ? sel[0] : undefined;
    addPreset(preset, parent);
  }, []);

  const run = useCallback(
    (action: Action) => {
      switch (action) {
        case 'undo':
          return void undo();
        case 'redo':
          return void redo();
        case 'save':
          return void saveFile(host);
        case 'saveAs':
          return void saveFile(host, true);
        case 'open':
          return void openFile(host);
        case 'new':
          return newDocument();
        case 'export':
          return setExporting(true);
        case 'cut':
          return cutSelection();
        case 'copy':
          return void copySelection();
        case 'paste':
          return paste();
        case 'duplicate':
          return duplicateSelection();
        case 'delete':
          return deleteSelection();
        case 'selectAll':
          return selectAll();
        case 'fit':
          return void fit({ duration: 200 });
        case 'zoomIn':
          return void rf.zoomIn({ duration: 150 });
        case 'zoomOut':
          return void rf.zoomOut({ duration: 150 });
        case 'palette':
          return document.querySelector<HTMLInputElement>('.palette-search')?.focus();
        case 'escape':
          setMenu(null);
          return select([]);
      }
    },
    [host, rf, fit],
  );

  // In the desktop app: menu commands, files from the OS, backups and close requests.
  useEffect(() => connectDesktop(host, { run, openDocument, snapshot, notify }), [host, run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (welcome || exporting) return;
      const action = actionFor(e);
      if (!action) return;
      const typing = isTextEntry(e.target);
      // In a field, the field owns editing keys; document-level ones still work.
      if (typing && !['save', 'saveAs', 'open', 'new', 'export', 'palette'].includes(action))
        return;
      if (action === 'delete' && editor.getState().selection.length === 0) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, welcome, exporting]);

  const onContextMenu = useCallback(
    (at: { x: number; y: number }, target: string | null) => setMenu({ at, target }),
    [],
  );

  const menuItems: (MenuItem | 'separator')[] = menu
    ? menu.target !== null
      ? [
          { label: 'Cut', shortcut: SHORTCUTS.cut, run: () => run('cut') },
          { label: 'Copy', shortcut: SHORTCUTS.copy, run: () => run('copy') },
          { label: 'Paste on it', shortcut: SHORTCUTS.paste, run: () => run('paste') },
          { label: 'Duplicate', shortcut: SHORTCUTS.duplicate, run: () => run('duplicate') },
          'separator',
          { label: 'Delete', shortcut: SHORTCUTS.delete, run: () => run('delete') },
        ]
      : [
          { label: 'Paste', shortcut: SHORTCUTS.paste, run: () => run('paste') },
          { label: 'Select all', shortcut: SHORTCUTS.selectAll, run: () => run('selectAll') },
          { label: 'Fit to view', shortcut: SHORTCUTS.fit, run: () => run('fit') },
          'separator',
          { label: 'Export…', shortcut: SHORTCUTS.export, run: () => run('export') },
        ]
    : [];

  return (
    <div className="app">
      <Toolbar host={host} run={run} onHelp={() => setWelcome(true)} />
      <div className="workspace">
        <Palette onAdd={onAddPreset} canAdd={selectionCount === 1} />
        <main className="center">
          <Canvas onContextMenu={onContextMenu} minimap={minimap} />
          <Problems onReveal={reveal} />
        </main>
        <Inspector />
      </div>
      <StatusBar />
      <Notice />
      {menu && <ContextMenu at={menu.at} items={menuItems} onClose={() => setMenu(null)} />}
      {exporting && <ExportDialog host={host} onClose={() => setExporting(false)} />}
      {welcome && (
        <Welcome
          onTemplate={(id) => {
            const t = TEMPLATES.find((x) => x.id === id);
            if (t && openText(t.text, null)) closeWelcome();
          }}
          onEmpty={closeWelcome}
          onOpen={() => {
            closeWelcome();
            void openFile(host);
          }}
        />
      )}
    </div>
  );
}

export function App({ host }: { host: Host }) {
  return (
    <ReactFlowProvider>
      <Editor host={host} />
    </ReactFlowProvider>
  );
}
