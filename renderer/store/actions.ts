// What the toolbar, menus and shortcuts do with documents: new, open, save, add, delete,
// copy and paste. Each edit goes through `commit`, so each is one undo step.
import type { VDoc, VNode } from '../../app/model/document';
import { emptyDoc } from '../../app/model/document';
import type { Preset } from '../../app/model/presets';
import { addNode } from '../../app/commands/add-node';
import { deleteElements } from '../../app/commands/delete-elements';
import { pasteFragment, copyFragment } from '../../app/commands/clipboard';
import type { Fragment } from '../../app/commands/clipboard';
import { loadDocumentBytes } from '../../app/schema/load';
import { saveDocument } from '../../app/schema/save';
import type { DesktopDocument, DocumentSnapshot, Host } from '../host/host';
import { commit, editor, isDirty, markSaved, notify, replaceDocument, select } from './editor';

export function fileTitle(name: string | null, doc: VDoc): string {
  return name ?? doc.title ?? 'Untitled';
}

function confirmDiscard(): boolean {
  const s = editor.getState();
  return !isDirty(s) || window.confirm('Discard the unsaved changes to this document?');
}

export function newDocument(doc: VDoc = emptyDoc('Untitled')): void {
  if (!confirmDiscard()) return;
  replaceDocument(doc);
}

/** Starts a new untitled document from a template's text. */
export function newFromTemplate(text: string): void {
  if (confirmDiscard()) openText(text, null);
}

/** Opens document text (a template) as a new untitled document. */
export function openText(text: string, name: string | null): boolean {
  const result = loadDocumentBytes(new TextEncoder().encode(text));
  if (!result.ok) {
    notify('error', `Cannot open ${name ?? 'this document'}: ${result.reason}`);
    return false;
  }
  replaceDocument(result.doc, { name, loadDiagnostics: result.diagnostics });
  return true;
}

/** Shows a file the desktop shell opened (it already asked about unsaved changes). */
export function openDocument(file: DesktopDocument): void {
  const result = loadDocumentBytes(file.bytes);
  if (!result.ok) return notify('error', `Cannot open ${file.name}: ${result.reason}`);
  replaceDocument(result.doc, {
    name: file.name,
    ref: file.ref,
    loadDiagnostics: result.diagnostics,
    unsaved: file.recovered === true,
  });
  if (file.recovered) notify('info', `Recovered unsaved work in ${file.name}.`);
}

/** The document as the desktop shell backs it up or saves it on close. */
export function snapshot(): DocumentSnapshot {
  const s = editor.getState();
  return {
    dirty: isDirty(s),
    text: saveDocument(s.doc),
    title: fileTitle(s.fileName, s.doc),
    ...(s.fileRef === undefined ? {} : { ref: s.fileRef }),
  };
}

export async function openFile(host: Host): Promise<void> {
  if (!confirmDiscard()) return;
  const picked = await host.open();
  if (!picked.ok) return notify('error', picked.error);
  if (!picked.value) return;
  const { name, bytes, ref } = picked.value;
  const result = loadDocumentBytes(bytes);
  if (!result.ok) return notify('error', `Cannot open ${name}: ${result.reason}`);
  replaceDocument(result.doc, { name, ref, loadDiagnostics: result.diagnostics });
  if (result.diagnostics.length > 0) {
    notify(
      'info',
      `Opened ${name}, with ${result.diagnostics.length} repair${result.diagnostics.length === 1 ? '' : 's'}: see Problems.`,
    );
  }
}

export async function saveFile(host: Host, saveAs = false): Promise<boolean> {
  const s = editor.getState();
  const text = saveDocument(s.doc);
  const suggested =
    s.fileName ?? `${(s.doc.title ?? 'untitled').replace(/[\\/:*?"<>|]+/g, '-')}.vtopo`;
  const result = await host.save(text, suggested, saveAs ? undefined : s.fileRef);
  if (!result.ok) {
    notify('error', result.error);
    return false;
  }
  if (!result.value) return false;
  markSaved(s.doc, result.value.name, result.value.ref);
  notify('info', `Saved ${result.value.name}`);
  return true;
}

/** Adds a preset on `parent` (or as a new stack at `position`) and selects it. */
export function addPreset(
  preset: Preset,
  parent: string | undefined,
  siblingIndex?: number,
  position?: { x: number; y: number },
): string | null {
  const s = editor.getState();
  const result = addNode(s.doc, {
    kind: preset.kind,
    label: preset.label,
    props: { ...preset.props },
    ...(parent === undefined ? {} : { parent }),
    ...(siblingIndex === undefined ? {} : { siblingIndex }),
    ...(parent === undefined ? { position: position ?? nextStackPosition(s.doc) } : {}),
  });
  if (!result) return null;
  commit(result.doc, { label: `Add ${preset.title}`, select: [result.id] });
  return result.id;
}

/** Where a new stack goes when none was chosen: right of the rightmost positioned stack. */
function nextStackPosition(doc: VDoc): { x: number; y: number } {
  const layout = editor.getState().layout;
  const b = layout.bounds;
  if (doc.nodes.length === 0 || b.width === 0) return { x: 0, y: 0 };
  return { x: Math.round(b.x + b.width + 80), y: 0 };
}

export function deleteSelection(): void {
  const s = editor.getState();
  if (s.selection.length === 0) return;
  const n = s.selection.length;
  commit(deleteElements(s.doc, s.selection), {
    label: n === 1 ? 'Delete' : `Delete ${n} elements`,
    select: [],
  });
}

let clipboard: Fragment | null = null;

export function copySelection(): Fragment | null {
  const s = editor.getState();
  const fragment = copyFragment(s.doc, s.selection);
  if (!fragment) return null;
  clipboard = fragment;
  try {
    // Also as text for other windows; a value too deep to stringify just stays internal.
    void navigator.clipboard?.writeText(JSON.stringify(fragment)).catch(() => undefined);
  } catch {
    // The in-app clipboard above still holds the fragment.
  }
  return fragment;
}

export function cutSelection(): void {
  if (copySelection()) deleteSelection();
}

/** Pastes onto the single selected element, or as new stacks beside the others. */
export function paste(fragment: Fragment | null = clipboard): void {
  if (!fragment) return;
  const s = editor.getState();
  const target = s.selection.length === 1 ? s.selection[0] : undefined;
  const targetIsNode = target !== undefined && s.doc.nodes.some((n: VNode) => n.id === target);
  const result = pasteFragment(s.doc, fragment, targetIsNode ? target : undefined, {
    x: 40,
    y: 40,
  });
  if (result) commit(result.doc, { label: 'Paste', select: result.roots });
}

export function duplicateSelection(): void {
  const s = editor.getState();
  const fragment = copyFragment(s.doc, s.selection);
  if (!fragment) return;
  const parents = new Set(fragment.roots.map((r) => r.parent));
  const parent = parents.size === 1 ? [...parents][0] : undefined;
  const result = pasteFragment(s.doc, fragment, parent, { x: 40, y: 40 });
  if (result) commit(result.doc, { label: 'Duplicate', select: result.roots });
}

export function selectAll(): void {
  select(editor.getState().doc.nodes.map((n) => n.id));
}
