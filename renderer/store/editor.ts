// The editor's state: the document, its history, selection and file, with the derived
// diagnostics and layout. Every edit goes through `commit`, so every edit is undoable and
// validation and layout are recomputed (incrementally) exactly once per edit.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Diagnostic, VDoc } from '../../app/model/document';
import { emptyDoc } from '../../app/model/document';
import { Validator } from '../../app/rules/engine';
import { LayoutCache } from '../../app/layout';
import type { Layout } from '../../app/layout';
import type { Entry, History } from './history';
import { emptyHistory, record, redo as redoStep, undo as undoStep } from './history';

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
  readonly id: number;
}

export interface EditorState {
  readonly doc: VDoc;
  readonly history: History;
  /** The document as last opened or saved: unsaved changes are `doc !== saved`. */
  readonly saved: VDoc;
  readonly fileName: string | null;
  readonly fileRef: unknown;
  readonly selection: readonly string[];
  /** Repairs made while loading the open file: shown until the document is replaced. */
  readonly loadDiagnostics: readonly Diagnostic[];
  readonly diagnostics: readonly Diagnostic[];
  readonly layout: Layout;
  readonly notice: Notice | null;
  /** Counts documents opened or created, so the canvas can fit the new one into view. */
  readonly opened: number;
}

const validator = new Validator();
const layoutCache = new LayoutCache();

function derive(doc: VDoc, loadDiagnostics: readonly Diagnostic[]) {
  return { diagnostics: validator.validate(doc, loadDiagnostics), layout: layoutCache.layout(doc) };
}

function initial(doc: VDoc): EditorState {
  return {
    doc,
    history: emptyHistory,
    saved: doc,
    fileName: null,
    fileRef: undefined,
    selection: [],
    loadDiagnostics: [],
    ...derive(doc, []),
    notice: null,
    opened: 0,
  };
}

export const editor = createStore<EditorState>(() => initial(emptyDoc('Untitled')));

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(editor, selector);
}

export const isDirty = (s: EditorState) => s.doc !== s.saved;

let noticeId = 0;
export function notify(kind: Notice['kind'], text: string): void {
  editor.setState({ notice: { kind, text, id: ++noticeId } });
}

export interface CommitOptions {
  /** What the Edit menu calls it: "Undo Move". */
  readonly label: string;
  /** The selection after the edit (default: unchanged, less deleted ids). */
  readonly select?: readonly string[];
  /** Edits with the same key in quick succession merge into one undo step. */
  readonly mergeKey?: string;
}

/** Applies an edit's result; `null` (the command did not apply) changes nothing. */
export function commit(next: VDoc | null, opts: CommitOptions): boolean {
  const s = editor.getState();
  if (!next || next === s.doc) return false;
  const before: Entry = { doc: s.doc, selection: s.selection, label: opts.label };
  const selection = opts.select ?? keepExisting(next, s.selection);
  editor.setState({
    doc: next,
    history: record(s.history, before, opts.mergeKey, Date.now()),
    selection,
    ...derive(next, s.loadDiagnostics),
  });
  return true;
}

function keepExisting(doc: VDoc, ids: readonly string[]): readonly string[] {
  if (ids.length === 0) return ids;
  const present = new Set<string>();
  for (const n of doc.nodes) present.add(n.id);
  for (const l of doc.links) present.add(l.id);
  const kept = ids.filter((id) => present.has(id));
  return kept.length === ids.length ? ids : kept;
}

export function undo(): boolean {
  const s = editor.getState();
  const step = undoStep(s.history, { doc: s.doc, selection: s.selection, label: '' });
  if (!step) return false;
  editor.setState({
    doc: step.entry.doc,
    selection: keepExisting(step.entry.doc, step.entry.selection),
    history: step.history,
    ...derive(step.entry.doc, s.loadDiagnostics),
  });
  return true;
}

export function redo(): boolean {
  const s = editor.getState();
  const step = redoStep(s.history, { doc: s.doc, selection: s.selection, label: '' });
  if (!step) return false;
  editor.setState({
    doc: step.entry.doc,
    selection: keepExisting(step.entry.doc, step.entry.selection),
    history: step.history,
    ...derive(step.entry.doc, s.loadDiagnostics),
  });
  return true;
}

export function select(ids: readonly string[]): void {
  const cur = editor.getState().selection;
  if (cur.length === ids.length && cur.every((id, i) => id === ids[i])) return;
  editor.setState({ selection: ids });
}

/** Replaces the document (new, open, template): a fresh history. */
export function replaceDocument(
  doc: VDoc,
  file: {
    name: string | null;
    ref?: unknown;
    loadDiagnostics?: readonly Diagnostic[];
    /** Recovered work: shown as unsaved until it is saved. */
    unsaved?: boolean;
  } = {
    name: null,
  },
): void {
  const loadDiagnostics = file.loadDiagnostics ?? [];
  editor.setState({
    doc,
    saved: file.unsaved ? emptyDoc() : doc,
    history: emptyHistory,
    selection: [],
    fileName: file.name,
    fileRef: file.ref,
    loadDiagnostics,
    ...derive(doc, loadDiagnostics),
    opened: editor.getState().opened + 1,
  });
}

export function markSaved(doc: VDoc, name: string, ref: unknown): void {
  editor.setState({ saved: doc, fileName: name, fileRef: ref });
}
