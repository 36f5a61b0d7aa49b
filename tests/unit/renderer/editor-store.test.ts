// The editor store: every edit is one undo step, and the derived diagnostics and layout
// always equal a fresh full computation of the current document.
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addNode } from '../../../app/commands/add-node';
import { setProp } from '../../../app/commands/set-prop';
import { emptyDoc } from '../../../app/model/document';
import { layoutDocument } from '../../../app/layout';
import { validate } from '../../../app/rules/engine';
import { loadDocument } from '../../../app/schema/load';
import {
  commit,
  editor,
  isDirty,
  markSaved,
  redo,
  replaceDocument,
  undo,
} from '../../../renderer/store/editor';

const template = (name: string) => {
  const r = loadDocument(
    readFileSync(join(import.meta.dirname, '../../../assets/templates', name), 'utf8'),
  );
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
};

beforeEach(() => replaceDocument(emptyDoc('Untitled')));

describe('editor store', () => {
  it('commits edits as undo steps and keeps diagnostics and layout in step', () => {
    const s0 = editor.getState();
    const added = addNode(s0.doc, { kind: 'hypervisor', props: { hypervisorType: 'type2' } })!;
    expect(commit(added.doc, { label: 'Add' })).toBe(true);
    let s = editor.getState();
    expect(s.diagnostics).toEqual(validate(s.doc));
    expect(s.diagnostics.map((d) => d.rule)).toContain('stack/unplaced');
    expect(s.layout.byId.has(added.id)).toBe(true);
    expect(isDirty(s)).toBe(true);

    undo();
    s = editor.getState();
    expect(s.doc).toBe(s0.doc);
    expect(s.diagnostics).toEqual([]);
    expect(isDirty(s)).toBe(false);
    redo();
    expect(editor.getState().doc).toBe(added.doc);
  });

  it('a command that does not apply changes nothing and records nothing', () => {
    const before = editor.getState();
    expect(commit(null, { label: 'Nothing' })).toBe(false);
    expect(commit(before.doc, { label: 'Same' })).toBe(false);
    expect(editor.getState().history.past).toHaveLength(0);
  });

  it('incremental diagnostics and layout equal full ones after a run of edits on a template', () => {
    replaceDocument(template('mixed.vtopo'));
    const edits: [string, string, unknown][] = [
      ['vm1', 'family', 'windows'],
      ['hw1', 'memoryGiB', 64],
      ['hv1', 'hypervisorType', 'type2'],
      ['c2', 'arch', 'arm64'],
      ['vm1', 'family', 'linux'],
    ];
    for (const [id, name, value] of edits) {
      commit(setProp(editor.getState().doc, id, name, value), { label: 'Change' });
      const s = editor.getState();
      expect(s.diagnostics).toEqual(validate(s.doc));
      expect(s.layout).toEqual(layoutDocument(s.doc));
    }
    for (let i = 0; i < edits.length; i++) {
      undo();
      const s = editor.getState();
      expect(s.diagnostics).toEqual(validate(s.doc));
    }
    expect(editor.getState().diagnostics).toEqual([]);
  });

  it('saving marks the document clean; the next edit makes it dirty again', () => {
    const doc = editor.getState().doc;
    const added = addNode(doc, { kind: 'hardware' })!;
    commit(added.doc, { label: 'Add' });
    markSaved(added.doc, 'a.vtopo', undefined);
    expect(isDirty(editor.getState())).toBe(false);
    expect(editor.getState().fileName).toBe('a.vtopo');
    commit(setProp(added.doc, added.id, 'cpuCores', 8), { label: 'Change' });
    expect(isDirty(editor.getState())).toBe(true);
  });
});
