// Links, field by field, like elements: ids unique among links and distinct from every
// element id, `kind` kept as the file has it (default "network"), props kept raw.
import type { VLink } from '../model/document';
import { describeValue, isRecord, setOwn } from './plain';
import type { JsonObject } from './plain';
import type { RestoreContext } from './restore-context';

interface LinkDraft {
  readonly index: number;
  /** Entries before this one that were not objects, reported in order in pass 2. */
  readonly skipped: readonly [number, unknown][] | null;
  id: unknown;
  from: unknown;
  to: unknown;
  kind: unknown;
  props: unknown;
  extra: [string, unknown][] | null;
}

export interface LinkDrafts {
  readonly list: readonly LinkDraft[];
  /** Entries after the last link that were not objects. */
  readonly trailing: readonly [number, unknown][] | null;
}

/** Pass 1: reads each entry's fields and reserves every id it uses or names. */
export function draftLinks(raw: unknown, ctx: RestoreContext): LinkDrafts {
  if (raw === undefined) return { list: [], trailing: null };
  if (!Array.isArray(raw)) {
    ctx.report(
      'doc/invalid-value',
      `"links" is not a list (${describeValue(raw)}): the document has no links`,
      [],
    );
    return { list: [], trailing: null };
  }
  const drafts: LinkDraft[] = [];
  let skipped: [number, unknown][] | null = null;
  for (let index = 0; index < raw.length; index++) {
    const entry: unknown = raw[index];
    if (!isRecord(entry)) {
      (skipped ??= []).push([index, entry]);
      continue;
    }
    const d: LinkDraft = {
      index,
      skipped,
      id: undefined,
      from: undefined,
      to: undefined,
      kind: undefined,
      props: undefined,
      extra: null,
    };
    for (const key of Object.keys(entry)) {
      const value = entry[key];
      switch (key) {
        case 'id':
          d.id = value;
          break;
        case 'from':
          d.from = value;
          break;
        case 'to':
          d.to = value;
          break;
        case 'kind':
          d.kind = value;
          break;
        case 'props':
          d.props = value;
          break;
        default:
          if (value !== undefined) (d.extra ??= []).push([key, value]);
      }
    }
    if (typeof d.id === 'string') ctx.ids.reserve(d.id);
    if (typeof d.from === 'string') ctx.ids.reserve(d.from);
    if (typeof d.to === 'string') ctx.ids.reserve(d.to);
    drafts.push(d);
    skipped = null;
  }
  return { list: drafts, trailing: skipped };
}

function reportSkipped(skipped: readonly [number, unknown][], ctx: RestoreContext): void {
  for (const [index, entry] of skipped) {
    ctx.report(
      'doc/invalid-value',
      `links[${index}] is not a link (${describeValue(entry)}): it cannot be kept`,
      [],
    );
  }
}

/** Pass 2, after the elements: settles link ids and builds the links. */
export function restoreLinks(
  drafts: LinkDrafts,
  nodeIds: ReadonlySet<string>,
  ctx: RestoreContext,
): VLink[] {
  const claimed = new Set<string>();
  const links: VLink[] = [];
  for (const d of drafts.list) {
    if (d.skipped) reportSkipped(d.skipped, ctx);
    const link = restoreLink(d, claimed, nodeIds, ctx);
    claimed.add(link.id);
    links.push(link);
  }
  if (drafts.trailing) reportSkipped(drafts.trailing, ctx);
  return links;
}

function restoreLink(
  d: LinkDraft,
  claimed: ReadonlySet<string>,
  nodeIds: ReadonlySet<string>,
  ctx: RestoreContext,
): VLink {
  let id: string;
  if (typeof d.id === 'string' && !claimed.has(d.id) && !nodeIds.has(d.id)) {
    id = d.id;
  } else if (typeof d.id === 'string') {
    id = ctx.ids.suffixed(d.id);
    const clash = claimed.has(d.id)
      ? `Two links have the id ${describeValue(d.id)}`
      : `A link has the id ${describeValue(d.id)} of an element`;
    ctx.report(
      'doc/duplicate-id',
      `${clash}: the link at links[${d.index}] is now ${describeValue(id)}`,
      [d.id],
    );
  } else {
    id = ctx.ids.fresh('l');
    const why =
      d.id === undefined ? 'has no id' : `has an id that is not text (${describeValue(d.id)})`;
    ctx.report(
      'doc/invalid-value',
      `The link at links[${d.index}] ${why}: it is now ${describeValue(id)}`,
      [id],
    );
  }

  const from = linkEnd(d.from, 'from', id, ctx);
  const to = linkEnd(d.to, 'to', id, ctx);

  let kind = 'network';
  if (typeof d.kind === 'string') kind = d.kind;
  else if (d.kind !== undefined) {
    fixLink(ctx, id, `has a kind that is not text (${describeValue(d.kind)}): it is now "network"`);
  }

  let props: JsonObject;
  if (!isRecord(d.props)) {
    props = {};
    if (d.props !== undefined) {
      const note = `has props that are not an object (${describeValue(d.props)}): they are now empty`;
      fixLink(ctx, id, note);
    }
  } else if (ctx.parsed) {
    props = d.props;
  } else {
    props = ctx.keep(d.props, () => `Link ${describeValue(id)}: its props`, [id]) as JsonObject;
  }

  if (!d.extra) return { id, from, to, kind, props };
  const extra: JsonObject = {};
  for (const [key, value] of d.extra) {
    const kept = ctx.parsed
      ? value
      : ctx.keep(value, () => `Link ${describeValue(id)}: its field ${describeValue(key)}`, [id]);
    setOwn(extra, key, kept);
  }
  return { id, from, to, kind, props, extra };
}

function fixLink(ctx: RestoreContext, id: string, note: string): void {
  ctx.report('doc/invalid-value', `Link ${describeValue(id)} ${note}`, [id]);
}

/** A link's `from` or `to`: an id, or "" (joining nothing, which the rules report). */
function linkEnd(value: unknown, field: 'from' | 'to', id: string, ctx: RestoreContext): string {
  if (typeof value === 'string') return value;
  fixLink(
    ctx,
    id,
    value === undefined
      ? `has no "${field}": it joins nothing there`
      : `has a "${field}" that is not an id (${describeValue(value)}): it joins nothing there`,
  );
  return '';
}
