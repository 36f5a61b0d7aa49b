// One stack laid out on its own, relative to its root box's top-left corner: children side
// by side on their parent in document order, each parent at least as wide as its children
// together (and as its own text), one height per layer, text wrapped to the final widths.
import type { VNode } from '../model/document';
import { captionText, labelText, styleOf } from './captions';
import type { Forest } from './forest';
import {
  BOX,
  CAPTION_FONT,
  LABEL_FONT,
  LAYER_GAP,
  SIBLING_GAP,
  TEXT_SLACK,
  WRAP_WIDTH,
} from './geometry';
import type { FontSpec } from './geometry';
import { measureText } from './measure';
import { wrapText } from './text';
import type { StyleKey } from './types';

/** The elements of one stack in pre-order (a parent before its children, children in order). */
export interface StackMembers {
  readonly root: VNode;
  readonly members: readonly VNode[];
  /** Index in `members` of each member's parent; -1 for the root. */
  readonly parentIdx: readonly number[];
  /** Extra room some members need on their right (a link label between siblings); 0 if none. */
  readonly gapAfter: readonly number[];
}

export interface RelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly style: StyleKey;
  readonly label: readonly string[];
  readonly caption: readonly string[];
}

export interface RelStack {
  readonly boxes: readonly RelBox[];
  readonly width: number;
  /** The y of the top of the highest layer (<= 0). */
  readonly top: number;
  /** The root box's height. */
  readonly rootHeight: number;
}

export function collectMembers(
  root: VNode,
  forest: Forest,
  gapOf: ReadonlyMap<VNode, number>,
): StackMembers {
  const members: VNode[] = [];
  const parentIdx: number[] = [];
  const gapAfter: number[] = [];
  const todo: { node: VNode; parent: number }[] = [{ node: root, parent: -1 }];
  while (todo.length > 0) {
    const { node, parent } = todo.pop()!;
    const i = members.length;
    members.push(node);
    parentIdx.push(parent);
    gapAfter.push(gapOf.get(node) ?? 0);
    const kids = forest.children(node);
    for (let k = kids.length - 1; k >= 0; k--) todo.push({ node: kids[k]!, parent: i });
  }
  return { root, members, parentIdx, gapAfter };
}

function textWidth(text: string, font: FontSpec): number {
  return Math.min(measureText(text, font.weight, font.size) * TEXT_SLACK, WRAP_WIDTH);
}

export function layoutStack(s: StackMembers): RelStack {
  const n = s.members.length;
  const depth = new Array<number>(n);
  const kids: number[][] = Array.from({ length: n }, () => []);
  const labels = new Array<string>(n);
  const captions = new Array<string>(n);
  const need = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const node = s.members[i]!;
    const p = s.parentIdx[i]!;
    depth[i] = p < 0 ? 0 : depth[p]! + 1;
    if (p >= 0) kids[p]!.push(i);
    labels[i] = labelText(node);
    captions[i] = captionText(node, p < 0 ? undefined : s.members[p]!.kind);
    need[i] = Math.ceil(
      Math.max(
        BOX.minWidth - 2 * BOX.padX,
        textWidth(labels[i]!, LABEL_FONT),
        textWidth(captions[i]!, CAPTION_FONT),
      ) +
        2 * BOX.padX,
    );
  }
  const gapBetween = (left: number) => Math.max(SIBLING_GAP, s.gapAfter[left]!);

  // Bottom-up: a parent is at least as wide as its children together.
  for (let i = n - 1; i >= 0; i--) {
    const ks = kids[i]!;
    if (ks.length === 0) continue;
    let sum = 0;
    for (let k = 0; k < ks.length; k++) sum += need[ks[k]!]! + (k > 0 ? gapBetween(ks[k - 1]!) : 0);
    if (sum > need[i]!) need[i] = sum;
  }

  // Top-down: children share their parent's width, the narrow ones widened first, so
  // guests on one hypervisor come out even and a lone child spans its parent.
  const x = new Array<number>(n);
  const width = new Array<number>(n);
  x[0] = 0;
  width[0] = need[0]!;
  for (let i = 0; i < n; i++) {
    const ks = kids[i]!;
    if (ks.length === 0) continue;
    let gaps = 0;
    for (let k = 1; k < ks.length; k++) gaps += gapBetween(ks[k - 1]!);
    const widths = share(
      ks.map((k) => need[k]!),
      width[i]! - gaps,
    );
    let cx = x[i]!;
    for (let k = 0; k < ks.length; k++) {
      const c = ks[k]!;
      x[c] = cx;
      width[c] = widths[k]!;
      cx += widths[k]! + (k + 1 < ks.length ? gapBetween(c) : 0);
    }
  }

  // Text wrapped to the final widths; each layer as tall as its tallest box.
  const labelLines = new Array<string[]>(n);
  const captionLines = new Array<string[]>(n);
  const layerH: number[] = [];
  for (let i = 0; i < n; i++) {
    const room = (width[i]! - 2 * BOX.padX) / TEXT_SLACK;
    labelLines[i] = wrapText(labels[i]!, LABEL_FONT.weight, LABEL_FONT.size, room);
    captionLines[i] = wrapText(captions[i]!, CAPTION_FONT.weight, CAPTION_FONT.size, room);
    const h = contentHeight(labelLines[i]!.length, captionLines[i]!.length);
    const d = depth[i]!;
    if (!(layerH[d]! >= h)) layerH[d] = h;
  }
  const layerY: number[] = [0];
  for (let d = 1; d < layerH.length; d++) layerY[d] = layerY[d - 1]! - LAYER_GAP - layerH[d]!;

  const boxes: RelBox[] = new Array<RelBox>(n);
  for (let i = 0; i < n; i++) {
    const d = depth[i]!;
    boxes[i] = {
      x: x[i]!,
      y: layerY[d]!,
      width: width[i]!,
      height: layerH[d]!,
      depth: d,
      style: styleOf(s.members[i]!.kind),
      label: labelLines[i]!,
      caption: captionLines[i]!,
    };
  }
  return {
    boxes,
    width: width[0]!,
    top: layerY[layerY.length - 1]!,
    rootHeight: layerH[0]!,
  };
}

export function contentHeight(labelLines: number, captionLines: number): number {
  return (
    2 * BOX.padY +
    labelLines * LABEL_FONT.lineHeight +
    BOX.captionGap +
    captionLines * CAPTION_FONT.lineHeight
  );
}

/**
 * Splits `room` among children needing `needs` (sum <= room): whole pixels, the narrowest
 * raised to a common level first, leftover pixels to the leftmost of those at the level.
 */
export function share(needs: readonly number[], room: number): number[] {
  const order = needs.map((_, i) => i).sort((a, b) => needs[b]! - needs[a]! || a - b);
  const fixed = new Set<number>();
  let rest = room;
  let count = needs.length;
  // The widest keep their need while it is above the level the others would share.
  for (const i of order) {
    if (needs[i]! * count > rest) {
      fixed.add(i);
      rest -= needs[i]!;
      count--;
    } else break;
  }
  const level = count > 0 ? Math.floor(rest / count) : 0;
  let extra = count > 0 ? rest - level * count : 0;
  return needs.map((need, i) => {
    if (fixed.has(i)) return need;
    const w = level + (extra > 0 ? 1 : 0);
    if (extra > 0) extra--;
    return w;
  });
}
