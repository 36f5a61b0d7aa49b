// Undo history as a pure structure: every edit is one entry; quick repeats of the same
// kind of edit (typing in a field) merge into one, so undo takes back what a user thinks
// of as one change.
import type { VDoc } from '../../app/model/document';

export interface Entry {
  readonly doc: VDoc;
  readonly selection: readonly string[];
  readonly label: string;
}

export interface History {
  readonly past: readonly Entry[];
  readonly future: readonly Entry[];
  /** The merge key and time of the last edit, to merge typing bursts. */
  readonly lastKey?: string;
  readonly lastAt?: number;
}

export const LIMIT = 500;
const MERGE_MS = 1000;

export const emptyHistory: History = { past: [], future: [] };

/** Records that `before` was replaced by an edit. */
export function record(
  h: History,
  before: Entry,
  mergeKey: string | undefined,
  now: number,
): History {
  if (
    mergeKey !== undefined &&
    h.lastKey === mergeKey &&
    h.lastAt !== undefined &&
    now - h.lastAt < MERGE_MS &&
    h.past.length > 0
  ) {
    return { past: h.past, future: [], lastKey: mergeKey, lastAt: now };
  }
  const past = h.past.length >= LIMIT ? h.past.slice(h.past.length - LIMIT + 1) : h.past.slice();
  past.push(before);
  return { past, future: [], lastKey: mergeKey, lastAt: now };
}

export function undo(h: History, current: Entry): { history: History; entry: Entry } | null {
  const entry = h.past[h.past.length - 1];
  if (!entry) return null;
  return {
    history: {
      past: h.past.slice(0, -1),
      future: [...h.future, { ...current, label: entry.label }],
    },
    entry,
  };
}

export function redo(h: History, current: Entry): { history: History; entry: Entry } | null {
  const entry = h.future[h.future.length - 1];
  if (!entry) return null;
  return {
    history: {
      past: [...h.past, { ...current, label: entry.label }],
      future: h.future.slice(0, -1),
    },
    entry,
  };
}
