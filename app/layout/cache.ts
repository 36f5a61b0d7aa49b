// The layout of a whole document, and its incremental form: LayoutCache re-lays out only
// the stacks whose elements changed (compared by object identity, as commands return new
// objects for what they change) and gives the same result as a full layout.
import type { VDoc, VNode } from '../model/document';
import { SlotMap } from '../model/slot-map';
import { buildForest, nextInStack } from './forest';
import type { Forest } from './forest';
import { planLinks, routeLinks } from './links';
import { placeStacks } from './place';
import { collectMembers, layoutStack } from './stack-layout';
import type { RelStack, StackMembers } from './stack-layout';
import type { Box, Layout, Rect, StackBox } from './types';

interface Entry {
  readonly members: StackMembers;
  readonly rel: RelStack;
  placed?: { readonly x: number; readonly y: number; readonly boxes: readonly Box[] };
}

/**
 * Whether a stack lays out the same as before: the same elements (by identity) in the same
 * places. Its root may be a new object that differs only in `position` (a dragged stack),
 * which moves the stack but does not change it.
 */
function sameMembers(a: StackMembers, b: StackMembers): boolean {
  const n = a.members.length;
  if (n !== b.members.length || !sameButPosition(a.root, b.root)) return false;
  for (let i = 1; i < n; i++) {
    if (
      a.members[i] !== b.members[i] ||
      a.parentPos[i] !== b.parentPos[i] ||
      a.gapAfter[i] !== b.gapAfter[i]
    )
      return false;
  }
  return true;
}

function sameButPosition(a: VNode, b: VNode): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.label === b.label &&
      a.parent === b.parent &&
      a.props === b.props &&
      a.extra === b.extra)
  );
}

/**
 * `v`, as a small integer when it is a whole number. Sums of doubles come out boxed (a heap
 * number per coordinate, three per box); whole numbers, the usual case, are then held in
 * the box itself, which leaves less for the garbage collector and is cheaper to print.
 */
function small(v: number): number {
  return (v | 0) === v ? v | 0 : v;
}

function absoluteBoxes(m: StackMembers, rel: RelStack, x: number, y: number): Box[] {
  const stack = m.root.id;
  const n = m.members.length;
  const out = new Array<Box>(n);
  for (let i = 0; i < n; i++) {
    const p = m.parentPos[i]!;
    const d = rel.depth[i]!;
    const node = m.members[i]!;
    out[i] = {
      id: node.id,
      kind: node.kind,
      x: small(x + rel.x[i]!),
      y: small(y + rel.layerY[d]!),
      width: small(rel.width[i]!),
      height: rel.layerH[d]!,
      depth: d,
      stack,
      parent: p < 0 ? undefined : m.members[p]!.id,
      style: rel.styles[i]!,
      label: rel.labels[i]!,
      caption: rel.captions[i]!,
    };
  }
  return out;
}

/**
 * Whether two node lists make the same forest: the same ids and parents in the same order.
 * An edit of a label or a drag changes neither, and then the forest (its id index above
 * all) need not be built again.
 */
function sameStructure(a: readonly VNode[], b: readonly VNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.parent !== y.parent)) return false;
  }
  return true;
}

export class LayoutCache {
  /** By root id (a dragged root is a new object with the same id). */
  private entries = new Map<string, Entry>();
  private forest: Forest | undefined;

  /** Lays out `doc`, reusing the stacks that did not change since the last call. */
  layout(doc: VDoc): Layout {
    const prev = this.forest;
    const forest =
      prev && sameStructure(prev.nodes, doc.nodes)
        ? { ...prev, nodes: doc.nodes }
        : buildForest(doc.nodes);
    this.forest = forest;
    const linkPlans = planLinks(doc, forest);
    const next = new Map<string, Entry>();
    const entries: Entry[] = [];
    const scratch = new Int32Array(doc.nodes.length);
    for (const root of forest.roots) {
      const members = collectMembers(root, forest, linkPlans.gapAfter, scratch);
      const prev = this.entries.get(members.root.id);
      let entry: Entry;
      if (!prev || !sameMembers(prev.members, members))
        entry = { members, rel: layoutStack(members) };
      else if (prev.members.root === members.root) entry = prev;
      else entry = { members, rel: prev.rel };
      // Roots sharing an id are separate stacks; the cache keeps the last of them.
      next.set(members.root.id, entry);
      entries.push(entry);
    }
    this.entries = next;

    const placements = placeStacks(
      entries.map((e) => ({
        root: e.members.root,
        width: e.rel.stackWidth,
        top: e.rel.top,
        rootHeight: e.rel.rootHeight,
      })),
    );
    // Stacks hold their members in pre-order; `scratch` gives each node index its place there.
    const boxes = new Array<Box>(doc.nodes.length);
    const stacks: StackBox[] = [];
    entries.forEach((e, i) => {
      const p = placements[i]!;
      if (!e.placed || e.placed.x !== p.x || e.placed.y !== p.y) {
        e.placed = { x: p.x, y: p.y, boxes: absoluteBoxes(e.members, e.rel, p.x, p.y) };
      }
      stacks.push({
        root: e.members.root.id,
        x: p.x,
        y: p.y + e.rel.top,
        width: e.rel.stackWidth,
        height: e.rel.rootHeight - e.rel.top,
        positioned: p.positioned,
      });
    });
    // Fill boxes by walking each stack again in the same order collectMembers did.
    forest.roots.forEach((root, i) => fillBoxes(root, forest, entries[i]!.placed!.boxes, boxes));

    const byId = new SlotMap(forest.byId, boxes);
    const byX = [...stacks].sort((a, b) => a.x - b.x || a.y - b.y);
    const links = routeLinks(linkPlans, (index) => boxes[index]!, byX);
    return { boxes, byId, links, stacks, bounds: boundsOf(stacks, links) };
  }
}

/** Puts a stack's boxes (in pre-order) at their nodes' indices. */
function fillBoxes(root: number, forest: Forest, stackBoxes: readonly Box[], out: Box[]): void {
  const { parent, firstChild, nextSibling } = forest;
  for (
    let cur = root, k = 0;
    cur >= 0;
    cur = nextInStack(root, cur, parent, firstChild, nextSibling), k++
  ) {
    out[cur] = stackBoxes[k]!;
  }
}

/** Lays out a whole document. */
export function layoutDocument(doc: VDoc): Layout {
  return new LayoutCache().layout(doc);
}

function boundsOf(stacks: readonly StackBox[], links: Layout['links']): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (x: number, y: number, width: number, height: number) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + width);
    y1 = Math.max(y1, y + height);
  };
  for (const s of stacks) add(s.x, s.y, s.width, s.height);
  for (const l of links) {
    const t = l.label;
    add(t.x, t.y, t.width, t.height);
    for (const p of l.points) add(p.x, p.y, 0, 0);
  }
  if (x0 === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
