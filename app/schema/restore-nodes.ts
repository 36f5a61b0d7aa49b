// Elements, field by field: every repair is a diagnostic, prop values are kept as they
// are (the rules report values outside their domain), unknown fields go to `extra`.
import type { Position, VNode } from '../model/document';
import { nameOf } from '../model/document';
import { idPrefix } from '../model/ids';
import { clip, describeValue, hasOwn, isRecord, setOwn } from './plain';
import type { JsonObject } from './plain';
import type { RestoreContext } from './restore-context';

/** The raw fields of one element, read in the first pass (before ids are settled). */
interface NodeDraft {
  readonly index: number;
  /** Entries before this one that were not objects, reported in order in pass 2. */
  readonly skipped: readonly [number, unknown][] | null;
  id: unknown;
  kind: unknown;
  parent: unknown;
  label: unknown;
  position: unknown;
  props: unknown;
  extra: [string, unknown][] | null;
}

export interface NodeDrafts {
  readonly list: readonly NodeDraft[];
  /** Entries after the last element that were not objects. */
  readonly trailing: readonly [number, unknown][] | null;
}

/** Pass 1: reads each entry's fields and reserves every id it uses or names. */
export function draftNodes(raw: unknown, ctx: RestoreContext): NodeDrafts {
  if (raw === undefined) return { list: [], trailing: null };
  if (!Array.isArray(raw)) {
    ctx.report(
      'doc/invalid-value',
      `"nodes" is not a list (${describeValue(raw)}): the document has no elements`,
      [],
    );
    return { list: [], trailing: null };
  }
  const drafts: NodeDraft[] = [];
  let skipped: [number, unknown][] | null = null;
  for (let index = 0; index < raw.length; index++) {
    const entry: unknown = raw[index];
    if (!isRecord(entry)) {
      (skipped ??= []).push([index, entry]);
      continue;
    }
    const d: NodeDraft = {
      index,
      skipped,
      id: undefined,
      kind: undefined,
      parent: undefined,
      label: undefined,
      position: undefined,
      props: undefined,
      extra: null,
    };
    for (const key of Object.keys(entry)) {
      const value = entry[key];
      switch (key) {
        case 'id':
          d.id = value;
          break;
        case 'kind':
          d.kind = value;
          break;
        case 'parent':
          d.parent = value;
          break;
        case 'label':
          d.label = value;
          break;
        case 'position':
          d.position = value;
          break;
        case 'props':
          d.props = value;
          break;
        default:
          if (value !== undefined) (d.extra ??= []).push([key, value]);
      }
    }
    if (typeof d.id === 'string') ctx.ids.reserve(d.id);
    if (typeof d.parent === 'string') ctx.ids.reserve(d.parent);
    drafts.push(d);
    skipped = null;
  }
  return { list: drafts, trailing: skipped };
}

function reportSkipped(skipped: readonly [number, unknown][], ctx: RestoreContext): void {
  for (const [index, entry] of skipped) {
    ctx.report(
      'doc/invalid-value',
      `nodes[${index}] is not an element (${describeValue(entry)}): it cannot be kept`,
      [],
    );
  }
}

/** Pass 2: settles ids (unique among elements) and builds the elements; `claimed`
 * receives their ids. */
export function restoreNodes(
  drafts: NodeDrafts,
  claimed: Set<string>,
  ctx: RestoreContext,
): VNode[] {
  const nodes: VNode[] = [];
  for (const d of drafts.list) {
    if (d.skipped) reportSkipped(d.skipped, ctx);
    const node = restoreNode(d, claimed, ctx);
    claimed.add(node.id);
    nodes.push(node);
  }
  if (drafts.trailing) reportSkipped(drafts.trailing, ctx);
  return nodes;
}

function restoreNode(d: NodeDraft, claimed: ReadonlySet<string>, ctx: RestoreContext): VNode {
  const kind = typeof d.kind === 'string' ? d.kind : 'unknown';

  let label: string | undefined;
  let labelNote: string | undefined;
  if (typeof d.label === 'string') label = d.label;
  else if (typeof d.label === 'number' || typeof d.label === 'boolean') {
    label = String(d.label);
    labelNote = `has a label that is not text (${describeValue(d.label)}): it is now "${label}"`;
  } else if (d.label !== undefined) {
    labelNote = `has a label that is not text (${describeValue(d.label)}): removed`;
  }

  let id: string;
  if (typeof d.id === 'string' && !claimed.has(d.id)) {
    id = d.id;
  } else if (typeof d.id === 'string') {
    id = ctx.ids.suffixed(d.id);
    ctx.report(
      'doc/duplicate-id',
      `Two elements have the id ${describeValue(d.id)}: the later one, nodes[${d.index}], is now ${shownName({ id, label })}`,
      [d.id],
    );
  } else {
    id = ctx.ids.fresh(idPrefix(kind));
    const why =
      d.id === undefined ? 'has no id' : `has an id that is not text (${describeValue(d.id)})`;
    ctx.report(
      'doc/invalid-value',
      `The element at nodes[${d.index}] ${why}: it is now ${shownName({ id, label })}`,
      [id],
    );
  }

  const subject = { id, label };
  if (typeof d.kind !== 'string') {
    fixNode(
      ctx,
      subject,
      d.kind === undefined
        ? 'has no kind: it is now "unknown"'
        : `has a kind that is not text (${describeValue(d.kind)}): it is now "unknown"`,
    );
  }

  let parent: string | undefined;
  if (typeof d.parent === 'string') parent = d.parent;
  else if (d.parent !== undefined) {
    fixNode(ctx, subject, `has a parent that is not an id (${describeValue(d.parent)}): removed`);
  }

  if (labelNote) fixNode(ctx, subject, labelNote);

  const position = d.position === undefined ? undefined : restorePosition(d.position, ctx, subject);

  let props: JsonObject;
  if (!isRecord(d.props)) {
    props = {};
    if (d.props !== undefined) {
      const note = `has props that are not an object (${describeValue(d.props)}): they are now empty`;
      fixNode(ctx, subject, note);
    }
  } else if (ctx.parsed) {
    props = d.props;
  } else {
    props = ctx.keep(d.props, () => `Element ${shownName(subject)}: its props`, [id]) as JsonObject;
  }

  const node: Writable<VNode> = { id, kind };
  if (parent !== undefined) node.parent = parent;
  if (label !== undefined) node.label = label;
  if (position !== undefined) node.position = position;
  node.props = props;
  if (d.extra) {
    const extra: JsonObject = {};
    for (const [key, value] of d.extra) {
      const kept = ctx.parsed
        ? value
        : ctx.keep(value, () => `Element ${shownName(subject)}: its field ${describeValue(key)}`, [
            id,
          ]);
      setOwn(extra, key, kept);
    }
    node.extra = extra;
  }
  return node as VNode;
}

/** nameOf, with a long id clipped: a message stays short whatever the file holds. */
function shownName(subject: { id: string; label?: string }): string {
  return nameOf({ id: clip(subject.id, 60), label: subject.label });
}

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

function fixNode(ctx: RestoreContext, subject: { id: string; label?: string }, note: string) {
  ctx.report('doc/invalid-value', `Element ${shownName(subject)} ${note}`, [subject.id]);
}

function restorePosition(
  raw: unknown,
  ctx: RestoreContext,
  subject: { id: string; label?: string },
): Position | undefined {
  if (
    !isRecord(raw) ||
    typeof raw.x !== 'number' ||
    typeof raw.y !== 'number' ||
    !Number.isFinite(raw.x) ||
    !Number.isFinite(raw.y) ||
    !hasOwn(raw, 'x') ||
    !hasOwn(raw, 'y')
  ) {
    const note = `has a position that is not {x, y} numbers (${describeValue(raw)}): removed`;
    fixNode(ctx, subject, note);
    return undefined;
  }
  const keys = Object.keys(raw);
  if (keys.length > 2) {
    const others = keys.filter((k) => k !== 'x' && k !== 'y');
    const shown = others.slice(0, 5).map(describeValue);
    fixNode(ctx, subject, `has position fields other than x and y (${shown.join(', ')}): dropped`);
  }
  return { x: raw.x, y: raw.y };
}
