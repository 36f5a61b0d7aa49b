// One stack laid out on its own, relative to its root box's top-left corner: children side
// by side on their parent in document order, each parent at least as wide as its children
// together (and as its own text), one height per layer, text wrapped to the final widths.
import type { VNode } from '../model/document';
import { captionText, labelText, styleOf } from './captions';
import { nextInStack } from './forest';
import type { Forest } from './forest';
import {
  BOX,
  CAPTION_FONT,
  LABEL_FONT,
  LAYER_GAP,
  SIBLING_GAP,
  TEXT_SLACK,
  WRAP_WIDTH,
  textBlockHeight,
} from './geometry';
import { textMemo } from './measured-text';
import type { MeasuredText } from './measured-text';
import type { StyleKey } from './types';

/** The elements of one stack in pre-order (a parent before its children, children in order). */
export interface StackMembers {
  readonly root: VNode;
  readonly members: readonly VNode[];
  /** Position in `members` of each member's parent; -1 for the root. */
  readonly parentPos: readonly number[];
  /** Extra room some members need on their right (a link label between siblings); 0 if none. */
  readonly gapAfter: readonly number[];
}

/** A stack laid out relative to its root box's top-left corner, one entry per member. */
export interface RelStack {
  // Plain arrays: a typed array costs far more to make than to fill, and a stack is small.
  readonly x: readonly number[];
  readonly width: readonly number[];
  readonly depth: readonly number[];
  /** Top and height of each layer (layer 0 is the root's, at y 0; the others above it). */
  readonly layerY: readonly number[];
  readonly layerH: readonly number[];
  readonly styles: readonly StyleKey[];
  readonly labels: readonly (readonly string[])[];
  readonly captions: readonly (readonly string[])[];
  /** The root box's width: the stack's. */
  readonly stackWidth: number;
  /** The y of the top of the highest layer (<= 0). */
  readonly top: number;
  /** The root box's height. */
  readonly rootHeight: number;
}

/**
 * The members of the stack rooted at node index `root`, in pre-order (see nextInStack).
 * `pos` is scratch space of the forest's size; `gapOf` gives the extra gap after a node index.
 */
export function collectMembers(
  root: number,
  forest: Forest,
  gapOf: Float64Array,
  pos: Int32Array,
): StackMembers {
  const { nodes, parent, firstChild, nextSibling } = forest;
  // Counted first, so that the lists are made at their length instead of grown.
  let n = 0;
  for (let cur = root; cur >= 0; cur = nextInStack(root, cur, parent, firstChild, nextSibling)) n++;
  const members = new Array<VNode>(n);
  const parentPos = new Array<number>(n);
  const gapAfter = new Array<number>(n);
  for (
    let cur = root, k = 0;
    cur >= 0;
    cur = nextInStack(root, cur, parent, firstChild, nextSibling), k++
  ) {
    pos[cur] = k;
    members[k] = nodes[cur]!;
    parentPos[k] = cur === root ? -1 : pos[parent[cur]!]!;
    gapAfter[k] = gapOf[cur]!;
  }
  return { root: nodes[root]!, members, parentPos, gapAfter };
}

const labelTexts = textMemo(LABEL_FONT);
const captionTexts = textMemo(CAPTION_FONT);

// Most elements have a label of their own, the same from one layout to the next: its
// measured text is kept by that label, so the label is not checked again for characters to
// draw otherwise (displayText) on every layout. Bounded like the text memos.
const OWN_LABELS_MAX = 20_000;
const ownLabels = new Map<string, MeasuredText>();

function measuredLabel(node: VNode): MeasuredText {
  const own = node.label;
  if (typeof own !== 'string') return labelTexts.get(labelText(node));
  let m = ownLabels.get(own);
  if (m === undefined) {
    m = labelTexts.get(labelText(node));
    // A blank label is drawn as what the element is, which depends on more than the label.
    if (own.trim() === '') return m;
    if (ownLabels.size >= OWN_LABELS_MAX) ownLabels.clear();
    ownLabels.set(own, m);
  }
  return m;
}

/**
 * Working arrays that do not outlive one layoutStack call, shared by all calls: a document
 * has hundreds of small stacks, and allocating a typed array costs far more than using one,
 * so they are grown when a larger stack comes and only their first n entries are used.
 */
class Scratch {
  firstKid = new Int32Array(0);
  lastKid = new Int32Array(0);
  nextKid = new Int32Array(0);
  need = new Float64Array(0);
  /** Each member's label and caption as drawn, measured, before wrapping. */
  readonly labels: MeasuredText[] = [];
  readonly captions: MeasuredText[] = [];

  /** Sized for n members, kid lists empty (-1); the widths are written before being read. */
  ready(n: number): this {
    if (this.need.length < n) {
      const size = Math.max(n, 2 * this.need.length, 64);
      this.firstKid = new Int32Array(size);
      this.lastKid = new Int32Array(size);
      this.nextKid = new Int32Array(size);
      this.need = new Float64Array(size);
    }
    this.firstKid.fill(-1, 0, n);
    this.lastKid.fill(-1, 0, n);
    this.nextKid.fill(-1, 0, n);
    return this;
  }
}

const scratch = new Scratch();

export function layoutStack(s: StackMembers): RelStack {
  const n = s.members.length;
  const gapAfter = s.gapAfter;
  const depth = new Array<number>(n);
  // Each member's children, in order, as linked lists over positions.
  const { firstKid, lastKid, nextKid, need, labels, captions } = scratch.ready(n);
  const styles = new Array<StyleKey>(n);
  for (let i = 0; i < n; i++) {
    const node = s.members[i]!;
    const p = s.parentPos[i]!;
    depth[i] = 0;
    if (p >= 0) {
      depth[i] = depth[p]! + 1;
      if (lastKid[p]! < 0) firstKid[p] = i;
      else nextKid[lastKid[p]!] = i;
      lastKid[p] = i;
    }
    styles[i] = styleOf(node.kind);
    const label = measuredLabel(node);
    const caption = captionTexts.get(captionText(node, p < 0 ? undefined : s.members[p]!.kind));
    labels[i] = label;
    captions[i] = caption;
    const lw = label.width;
    const cw = caption.width;
    need[i] = Math.ceil(
      Math.max(
        BOX.minWidth - 2 * BOX.padX,
        Math.min(lw * TEXT_SLACK, WRAP_WIDTH),
        Math.min(cw * TEXT_SLACK, WRAP_WIDTH),
      ) +
        2 * BOX.padX,
    );
  }

  // Bottom-up: a parent is at least as wide as its children together.
  for (let i = n - 1; i >= 0; i--) {
    let sum = 0;
    for (let k = firstKid[i]!; k >= 0; k = nextKid[k]!) {
      sum += need[k]! + (nextKid[k]! >= 0 ? Math.max(SIBLING_GAP, gapAfter[k]!) : 0);
    }
    if (sum > need[i]!) need[i] = sum;
  }

  // Top-down: children share their parent's width, the narrow ones widened first, so
  // guests on one hypervisor come out even and a lone child spans its parent.
  const x = new Array<number>(n);
  const width = new Array<number>(n);
  x[0] = 0;
  width[0] = need[0]!;
  const kidNeeds: number[] = [];
  for (let i = 0; i < n; i++) {
    if (firstKid[i]! < 0) continue;
    let used = 0;
    for (let k = firstKid[i]!; k >= 0; k = nextKid[k]!) {
      used += need[k]! + (nextKid[k]! >= 0 ? Math.max(SIBLING_GAP, gapAfter[k]!) : 0);
    }
    let widths: number[] | undefined;
    const lone = nextKid[firstKid[i]!]! < 0;
    if (lone && used < width[i]!) {
      // What share() gives a lone child, without its arrays (most parents have one child).
      const k = firstKid[i]!;
      x[k] = x[i]!;
      width[k] = Math.ceil(width[i]!);
      continue;
    }
    if (used < width[i]!) {
      kidNeeds.length = 0;
      for (let k = firstKid[i]!; k >= 0; k = nextKid[k]!) kidNeeds.push(need[k]!);
      widths = share(kidNeeds, width[i]! - (used - kidNeeds.reduce((a, b) => a + b, 0)));
    }
    let cx = x[i]!;
    let j = 0;
    for (let k = firstKid[i]!; k >= 0; k = nextKid[k]!) {
      const w = widths ? widths[j++]! : need[k]!;
      x[k] = cx;
      width[k] = w;
      cx += w + (nextKid[k]! >= 0 ? Math.max(SIBLING_GAP, gapAfter[k]!) : 0);
    }
  }

  // Text wrapped to the final widths; each layer as tall as its tallest box.
  const labelLines = new Array<readonly string[]>(n);
  const captionLines = new Array<readonly string[]>(n);
  const layerH: number[] = [];
  for (let i = 0; i < n; i++) {
    const room = (width[i]! - 2 * BOX.padX) / TEXT_SLACK;
    const ll = labels[i]!.wrap(LABEL_FONT, room);
    const cl = captions[i]!.wrap(CAPTION_FONT, room);
    labelLines[i] = ll;
    captionLines[i] = cl;
    const h = contentHeight(ll.length, cl.length);
    const d = depth[i]!;
    if (!(layerH[d]! >= h)) layerH[d] = h;
  }
  const layerY: number[] = [0];
  for (let d = 1; d < layerH.length; d++) layerY[d] = layerY[d - 1]! - LAYER_GAP - layerH[d]!;

  return {
    x,
    width,
    depth,
    layerY,
    layerH,
    styles,
    labels: labelLines,
    captions: captionLines,
    stackWidth: width[0]!,
    top: layerY[layerY.length - 1]!,
    rootHeight: layerH[0]!,
  };
}

export function contentHeight(labelLines: number, captionLines: number): number {
  return 2 * BOX.padY + textBlockHeight(labelLines, captionLines);
}

/**
 * Splits `room` among children needing `needs` (sum <= room): whole pixels, the narrowest
 * raised to a common level first, leftover pixels to the leftmost of those at the level.
 * Called for most parents, so it allocates only its result.
 */
export function share(needs: readonly number[], room: number): number[] {
  let sum = 0;
  for (const v of needs) sum += v;
  // The usual case: the parent is exactly as wide as its children need.
  if (sum >= room) return needs.slice();
  let rest = room;
  let count = needs.length;
  // The widest keep their need while it is above the level the others would share.
  const order: number[] = [];
  for (let i = 0; i < needs.length; i++) order.push(i);
  if (order.length > 1) order.sort((a, b) => needs[b]! - needs[a]! || a - b);
  let fixed = 0;
  for (const i of order) {
    if (!(needs[i]! * count > rest)) break;
    rest -= needs[i]!;
    count--;
    fixed++;
  }
  // The others (NaN marks them) share the level, in document order.
  const out = needs.slice();
  for (let k = fixed; k < order.length; k++) out[order[k]!] = NaN;
  const level = count > 0 ? Math.floor(rest / count) : 0;
  let extra = count > 0 ? rest - level * count : 0;
  for (let i = 0; i < out.length; i++) {
    if (!Number.isNaN(out[i])) continue;
    out[i] = level + (extra > 0 ? 1 : 0);
    if (extra > 0) extra--;
  }
  return out;
}
