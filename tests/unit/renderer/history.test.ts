import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../../app/model/document';
import type { VDoc } from '../../../app/model/document';
import { LIMIT, emptyHistory, record, redo, undo } from '../../../renderer/store/history';

const doc = (title: string): VDoc => emptyDoc(title);
const entry = (title: string, label = 'Edit') => ({ doc: doc(title), selection: [], label });

describe('undo history', () => {
  it('undoes and redoes in order, with the edit labels', () => {
    let h = record(emptyHistory, entry('a', 'Add'), undefined, 0);
    h = record(h, entry('b', 'Move'), undefined, 10_000);
    const u1 = undo(h, entry('c'))!;
    expect(u1.entry.doc.title).toBe('b');
    expect(u1.history.future[0]).toMatchObject({ label: 'Move' });
    const u2 = undo(u1.history, u1.entry)!;
    expect(u2.entry.doc.title).toBe('a');
    expect(undo(u2.history, u2.entry)).toBeNull();
    const r1 = redo(u2.history, u2.entry)!;
    expect(r1.entry.doc.title).toBe('b');
    const r2 = redo(r1.history, r1.entry)!;
    expect(r2.entry.doc.title).toBe('c');
    expect(redo(r2.history, r2.entry)).toBeNull();
  });

  it('merges a burst of edits with the same key into one step, but not slow ones', () => {
    let h = record(emptyHistory, entry('a'), 'label:x', 0);
    h = record(h, entry('ab'), 'label:x', 300);
    h = record(h, entry('abc'), 'label:x', 600);
    expect(h.past).toHaveLength(1);
    expect(h.past[0]!.doc.title).toBe('a');
    h = record(h, entry('abcd'), 'label:x', 5_000);
    expect(h.past).toHaveLength(2);
    h = record(h, entry('z'), 'label:y', 5_100);
    expect(h.past).toHaveLength(3);
  });

  it('a new edit clears the redo stack', () => {
    let h = record(emptyHistory, entry('a'), undefined, 0);
    const u = undo(h, entry('b'))!;
    expect(u.history.future).toHaveLength(1);
    h = record(u.history, u.entry, undefined, 1);
    expect(h.future).toHaveLength(0);
  });

  it(`keeps at most ${LIMIT} steps`, () => {
    let h = emptyHistory;
    for (let i = 0; i < LIMIT + 50; i++) h = record(h, entry(String(i)), undefined, i * 10_000);
    expect(h.past).toHaveLength(LIMIT);
    expect(h.past[0]!.doc.title).toBe('50');
  });
});
