// Validation on every edit. Node checks read only their own stack (see RuleModule), so
// findings are kept per stack, and an edit rechecks just the stacks it touched: those its
// changed elements left or joined, and those of everything standing on them.
import type { Diagnostic, Settings, VDoc, VLink, VNode } from '../model/document';
import { Facts, stackKey } from '../model/facts';
import type { DocIndex } from '../model/facts';
import { RULES } from './catalogue';
import { Checker } from './checker';
import { validateOnce } from './full-run';
import type { ValidateOptions } from './full-run';
import { OrderLabels, diffByIdentity } from './identity-diff';
import type { IdentityDiff } from './identity-diff';
import {
  GROUP_LINK,
  GROUP_NODE,
  GROUP_NONE,
  GROUP_UNKNOWN,
  comparePlaced,
  sortPlaced,
} from './order';
import type { Placed } from './order';
import { applySeverityOverrides, settingsOf } from './severity';
import type { RuleModule } from './types';

const NO_NODES: readonly VNode[] = Object.freeze([]);
const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);
const UNCHANGED: IdentityDiff<never> = Object.freeze({ removed: [], added: [] });

/** Beyond this many changed elements, validating everything afresh is cheaper. */
function changeLimit(size: number): number {
  return 64 + (size >> 2);
}

/** What the Validator keeps between edits: the index, stacks, and findings by source. */
class State {
  nodes: readonly VNode[] = NO_NODES;
  links: readonly VLink[] = [];
  readonly byId = new Map<string, VNode>();
  readonly kids = new Map<string, VNode[]>();
  readonly linkById = new Map<string, VLink>();
  /** Element id -> the links naming it (also ids that name no element yet). */
  readonly linksAt = new Map<string, Set<VLink>>();
  readonly nodeOrder = new OrderLabels<VNode>();
  readonly linkOrder = new OrderLabels<VLink>();
  readonly keyOf = new Map<VNode, string>();
  readonly members = new Map<string, Set<VNode>>();
  readonly stackDiags = new Map<string, Diagnostic[]>();
  readonly linkDiags = new Map<VLink, Diagnostic[]>();
  docDiags: Diagnostic[] = [];
  otherDiags: Diagnostic[] = [];
  loadDiags: readonly Diagnostic[] = NO_DIAGNOSTICS;
  readonly index: DocIndex = {
    byId: this.byId,
    children: (id) => this.kids.get(id) ?? NO_NODES,
  };

  constructor(
    readonly checker: Checker,
    readonly settings: Settings,
  ) {}

  join(key: string, node: VNode): void {
    this.keyOf.set(node, key);
    const set = this.members.get(key);
    if (set) set.add(node);
    else this.members.set(key, new Set([node]));
  }

  attachLink(link: VLink): void {
    for (const end of link.from === link.to ? [link.from] : [link.from, link.to]) {
      const set = this.linksAt.get(end);
      if (set) set.add(link);
      else this.linksAt.set(end, new Set([link]));
    }
  }

  /**
   * Takes a link off its ends. A set left empty stays until `dropEmptyEnds`: an edit that
   * replaces a link would otherwise delete its ends' keys and add them straight back.
   */
  detachLink(link: VLink): void {
    for (const end of [link.from, link.to]) this.linksAt.get(end)?.delete(link);
  }

  dropEmptyEnds(links: readonly VLink[]): void {
    for (const link of links) {
      for (const end of [link.from, link.to]) {
        if (this.linksAt.get(end)?.size === 0) this.linksAt.delete(end);
      }
    }
  }

  removeKid(node: VNode): void {
    const list = node.parent === undefined ? undefined : this.kids.get(node.parent);
    if (!list) return;
    const at = list.indexOf(node);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.kids.delete(node.parent!);
  }

  /** Puts a node among its siblings in document order (by order label). */
  insertKid(node: VNode): void {
    const parent = node.parent!;
    const list = this.kids.get(parent);
    if (!list) {
      this.kids.set(parent, [node]);
      return;
    }
    const label = this.nodeOrder.get(node)!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.nodeOrder.get(list[mid]!)! < label) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, node);
  }

  placed(d: Diagnostic): Placed {
    const first = d.elements[0];
    if (first === undefined) return { d, group: GROUP_NONE, pos: 0 };
    const node = this.byId.get(first);
    if (node) return { d, group: GROUP_NODE, pos: this.nodeOrder.get(node)! };
    const link = this.linkById.get(first);
    if (link) return { d, group: GROUP_LINK, pos: this.linkOrder.get(link)! };
    return { d, group: GROUP_UNKNOWN, pos: 0 };
  }
}

/**
 * Validates successive versions of a document, each call diffing against the previous one
 * by object identity (documents are immutable: an edit replaces what it changes). The
 * result always equals a full `validate(doc, loadDiagnostics)`.
 */
export class Validator {
  private readonly rules: readonly RuleModule[];
  private doc: VDoc | undefined;
  private load: readonly Diagnostic[] = NO_DIAGNOSTICS;
  private output: readonly Diagnostic[] = NO_DIAGNOSTICS;
  /** Undefined while the next call must validate in full (first call, shared ids). */
  private state: State | undefined;

  constructor(options: ValidateOptions = {}) {
    this.rules = options.rules ?? RULES;
  }

  validate(
    doc: VDoc,
    loadDiagnostics: readonly Diagnostic[] = NO_DIAGNOSTICS,
  ): readonly Diagnostic[] {
    if (doc === this.doc && loadDiagnostics === this.load) return this.output;
    let output: readonly Diagnostic[] | undefined;
    if (this.state && settingsOf(doc) === this.state.settings) {
      try {
        output = this.update(this.state, doc, loadDiagnostics);
      } catch {
        // Whatever went wrong, the state may be half updated: start again from scratch.
        output = undefined;
      }
    }
    output ??= this.rebuild(doc, loadDiagnostics);
    this.doc = doc;
    this.load = loadDiagnostics;
    this.output = output;
    return output;
  }

  private rebuild(doc: VDoc, load: readonly Diagnostic[]): readonly Diagnostic[] {
    const settings = settingsOf(doc);
    const st = new State(new Checker(this.rules, settings), settings);
    let shared = false;
    for (const node of doc.nodes) {
      if (st.byId.has(node.id)) shared = true;
      else st.byId.set(node.id, node);
      if (node.parent === undefined) continue;
      const list = st.kids.get(node.parent);
      if (list) list.push(node);
      else st.kids.set(node.parent, [node]);
    }
    for (const link of doc.links) {
      if (st.linkById.has(link.id) || st.byId.has(link.id)) shared = true;
      else st.linkById.set(link.id, link);
    }
    if (shared) {
      // Shared ids make "the element with this id" ambiguous; they are rare (the loader
      // repairs them), so validate such documents in full until they are gone.
      this.state = undefined;
      return validateOnce(doc, load, this.rules);
    }
    st.nodes = doc.nodes;
    st.links = doc.links;
    st.nodeOrder.reset(doc.nodes);
    st.linkOrder.reset(doc.links);
    const facts = new Facts(st.index);
    st.checker.begin(facts);
    const all: Placed[] = [];
    const found: Diagnostic[] = [];
    for (const node of doc.nodes) {
      const key = stackKey(facts.stackEnd(node));
      st.join(key, node);
      st.checker.node(node, found);
      if (found.length === 0) continue;
      const list = st.stackDiags.get(key);
      if (list) list.push(...found);
      else st.stackDiags.set(key, found.slice());
      found.length = 0;
    }
    for (const link of doc.links) {
      st.attachLink(link);
      st.checker.link(link, found);
      if (found.length === 0) continue;
      st.linkDiags.set(link, found.slice());
      found.length = 0;
    }
    st.checker.doc(doc, st.checker.docLevel, st.docDiags);
    st.checker.doc(doc, st.checker.otherLevel, st.otherDiags);
    st.loadDiags = applySeverityOverrides(doc, load);
    this.state = st;
    for (const list of st.stackDiags.values()) for (const d of list) all.push(st.placed(d));
    for (const list of st.linkDiags.values()) for (const d of list) all.push(st.placed(d));
    for (const list of [st.docDiags, st.otherDiags, st.loadDiags]) {
      for (const d of list) all.push(st.placed(d));
    }
    return sortPlaced(all);
  }

  /** Brings the state up to `doc`, or returns undefined when a full rebuild is needed. */
  private update(st: State, doc: VDoc, load: readonly Diagnostic[]): Diagnostic[] | undefined {
    const nodesDiff =
      doc.nodes === st.nodes
        ? UNCHANGED
        : diffByIdentity(st.nodes, doc.nodes, changeLimit(doc.nodes.length));
    const linksDiff =
      doc.links === st.links
        ? UNCHANGED
        : diffByIdentity(st.links, doc.links, changeLimit(doc.links.length));
    if (!nodesDiff || !linksDiff) return undefined;

    const stale: (readonly Diagnostic[])[] = [];
    const fresh: Diagnostic[] = [];
    const dirty = new Set<string>();
    const relink = new Set<VLink>();
    /** Ids whose children may now stand in another stack. */
    const touched = new Set<string>();
    /** Ids of elements added, removed or moved: where diagnostics naming them sort may change. */
    const moved = new Set<string>();

    // Removals first, so an id removed and added back in one edit is not taken as shared.
    // An id that comes back keeps its key in byId and linkById, overwritten, not deleted and
    // added again: V8 leaves a deleted key's entry in its bucket's chain until the Map is
    // rehashed, so deleting and re-adding one key on every edit of one element (a drag, a
    // slider) grew that bucket's chain by one per edit, some 6,000 long at 10,000 ids, and
    // every look-up that walks it (a miss, as when the key is added again, or another key in
    // the bucket) took longer with each edit.
    const removedLinkById = new Map<string, VLink>();
    for (const link of linksDiff.removed) {
      st.linkOrder.delete(link);
      if (st.linkById.get(link.id) === link) removedLinkById.set(link.id, link);
      st.detachLink(link);
      const old = st.linkDiags.get(link);
      if (old) stale.push(old);
      st.linkDiags.delete(link);
    }
    // A link taken out by this edit still holds its id until the additions are in.
    const isLinkId = (id: string) => {
      const link = st.linkById.get(id);
      return link !== undefined && link !== removedLinkById.get(id);
    };
    const removedById = new Map<string, VNode>();
    for (const node of nodesDiff.removed) {
      const key = st.keyOf.get(node)!;
      st.keyOf.delete(node);
      st.members.get(key)?.delete(node);
      dirty.add(key);
      st.nodeOrder.delete(node);
      st.removeKid(node);
      removedById.set(node.id, node);
      const at = st.linksAt.get(node.id);
      if (at) for (const link of at) relink.add(link);
    }

    st.nodeOrder.place(doc.nodes, nodesDiff.added);
    for (const i of nodesDiff.added) {
      const node = doc.nodes[i]!;
      const had = st.byId.get(node.id);
      if ((had !== undefined && had !== removedById.get(node.id)) || isLinkId(node.id))
        return undefined;
      st.byId.set(node.id, node);
      if (node.parent !== undefined) st.insertKid(node);
      const before = removedById.get(node.id);
      if (!before || before.parent !== node.parent) touched.add(node.id);
      // Back (the same object moved, or a new version): not to be deleted below.
      removedById.delete(node.id);
      moved.add(node.id);
    }
    for (const id of removedById.keys()) {
      st.byId.delete(id);
      touched.add(id);
      moved.add(id);
    }
    st.linkOrder.place(doc.links, linksDiff.added);
    for (const i of linksDiff.added) {
      const link = doc.links[i]!;
      if (isLinkId(link.id) || st.byId.has(link.id)) return undefined;
      st.linkById.set(link.id, link);
      removedLinkById.delete(link.id);
      moved.add(link.id);
      st.attachLink(link);
      relink.add(link);
    }
    for (const id of removedLinkById.keys()) {
      st.linkById.delete(id);
      moved.add(id);
    }
    st.dropEmptyEnds(linksDiff.removed);
    st.nodes = doc.nodes;
    st.links = doc.links;

    const facts = new Facts(st.index);
    st.checker.begin(facts);
    const rekey = (node: VNode) => {
      const key = stackKey(facts.stackEnd(node));
      const old = st.keyOf.get(node);
      if (old === key) return;
      if (old !== undefined) {
        st.members.get(old)?.delete(node);
        dirty.add(old);
      }
      st.join(key, node);
      dirty.add(key);
    };
    for (const i of nodesDiff.added) {
      const node = doc.nodes[i]!;
      rekey(node);
      dirty.add(st.keyOf.get(node)!);
    }
    // Everything standing on a touched id may now end somewhere else.
    const seen = new Set<VNode>();
    const todo: VNode[] = [];
    for (const id of touched) for (const kid of st.kids.get(id) ?? NO_NODES) todo.push(kid);
    while (todo.length > 0) {
      const node = todo.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      rekey(node);
      for (const kid of st.kids.get(node.id) ?? NO_NODES) todo.push(kid);
    }

    for (const key of dirty) {
      const old = st.stackDiags.get(key);
      if (old) stale.push(old);
      const members = st.members.get(key);
      if (!members || members.size === 0) {
        st.members.delete(key);
        st.stackDiags.delete(key);
        continue;
      }
      const out: Diagnostic[] = [];
      for (const node of members) {
        st.checker.node(node, out);
        const at = st.linksAt.get(node.id);
        if (at) for (const link of at) relink.add(link);
      }
      // Overwritten rather than deleted and set again (see the removals above).
      if (out.length === 0) {
        st.stackDiags.delete(key);
        continue;
      }
      st.stackDiags.set(key, out);
      for (const d of out) fresh.push(d);
    }
    for (const link of relink) {
      if (!st.linkOrder.has(link)) continue;
      const old = st.linkDiags.get(link);
      if (old) stale.push(old);
      const out: Diagnostic[] = [];
      st.checker.link(link, out);
      if (out.length === 0) {
        st.linkDiags.delete(link);
        continue;
      }
      st.linkDiags.set(link, out);
      for (const d of out) fresh.push(d);
    }
    if (st.checker.otherLevel.length > 0) {
      stale.push(st.otherDiags);
      st.otherDiags = [];
      st.checker.doc(doc, st.checker.otherLevel, st.otherDiags);
      for (const d of st.otherDiags) fresh.push(d);
    }
    if (load !== this.load) {
      stale.push(st.loadDiags);
      st.loadDiags = applySeverityOverrides(doc, load);
      for (const d of st.loadDiags) fresh.push(d);
    }

    const gone = new Set<Diagnostic>();
    for (const list of stale) for (const d of list) gone.add(d);
    return (
      mergeFresh(st, this.output, gone, fresh, moved) ?? placeAndSort(st, this.output, gone, fresh)
    );
  }
}

/**
 * The previous output less what went stale, with the fresh findings put in their places by
 * binary search: only those and a few kept ones are placed, where placing and sorting all
 * of them (some 260 at 10,000 elements) was a quarter of an edit. What is kept stays in
 * canonical order, as the elements it names first keep their order labels, unless one of
 * them was added, removed or moved (its place or group may have changed): then undefined.
 */
function mergeFresh(
  st: State,
  previous: readonly Diagnostic[],
  gone: ReadonlySet<Diagnostic>,
  fresh: readonly Diagnostic[],
  moved: ReadonlySet<string>,
): Diagnostic[] | undefined {
  const kept: Diagnostic[] = [];
  for (const d of previous) {
    if (gone.has(d)) continue;
    const first = d.elements[0];
    if (first !== undefined && moved.has(first)) return undefined;
    kept.push(d);
  }
  if (fresh.length === 0) return kept;
  const placedFresh = fresh.map((d) => st.placed(d));
  placedFresh.sort(comparePlaced);
  const out = new Array<Diagnostic>(kept.length + fresh.length);
  let from = 0;
  let o = 0;
  for (const p of placedFresh) {
    // After every kept one that sorts with it or before it: a full sort is stable, and there
    // the kept ones come first.
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePlaced(st.placed(kept[mid]!), p) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (from < lo) out[o++] = kept[from++]!;
    out[o++] = p.d;
  }
  while (from < kept.length) out[o++] = kept[from++]!;
  return out;
}

function placeAndSort(
  st: State,
  previous: readonly Diagnostic[],
  gone: ReadonlySet<Diagnostic>,
  fresh: readonly Diagnostic[],
): Diagnostic[] {
  const all: Placed[] = [];
  for (const d of previous) if (!gone.has(d)) all.push(st.placed(d));
  for (const d of fresh) all.push(st.placed(d));
  return sortPlaced(all);
}
