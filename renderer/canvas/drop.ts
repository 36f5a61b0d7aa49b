// Where a drop lands: the element under the pointer (never one being dragged), the place
// among its children, and whether the rules would accept the result.
import type { Diagnostic, VDoc } from '../../app/model/document';
import { nameOf } from '../../app/model/document';
import { Validator } from '../../app/rules/engine';
import { ruleById } from '../../app/rules/catalogue';
import type { Box, Layout } from '../../app/layout';

const CELL = 256;

/**
 * The layout's boxes bucketed by a coarse grid, so finding the box under the pointer costs
 * a few comparisons per pointer move, and no DOM hit test (which would force a reflow of
 * every node on each move).
 */
export interface HitIndex {
  readonly cells: ReadonlyMap<number, readonly Box[]>;
}

const cellKey = (cx: number, cy: number) => cx * 65536 + cy;

export function buildHitIndex(layout: Layout): HitIndex {
  const cells = new Map<number, Box[]>();
  for (const box of layout.boxes) {
    const x0 = Math.floor(box.x / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y0 = Math.floor(box.y / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(box);
        else cells.set(key, [box]);
      }
    }
  }
  return { cells };
}

/** The id of the box at a canvas (flow) point, skipping `exclude`; the uppermost wins. */
export function boxAt(
  index: HitIndex,
  x: number,
  y: number,
  exclude?: ReadonlySet<string>,
): string | undefined {
  const list = index.cells.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL)));
  if (!list) return undefined;
  let best: Box | undefined;
  for (const b of list) {
    if (x < b.x || x > b.x + b.width || y < b.y || y > b.y + b.height) continue;
    if (exclude?.has(b.id)) continue;
    if (!best || b.depth > best.depth) best = b;
  }
  return best?.id;
}

/** The index among `parent`'s children (less `exclude`) that a drop at `flowX` takes. */
export function siblingIndexAt(
  doc: VDoc,
  layout: Layout,
  parent: string,
  flowX: number,
  exclude?: ReadonlySet<string>,
): number {
  let index = 0;
  for (const n of doc.nodes) {
    if (n.parent !== parent || exclude?.has(n.id)) continue;
    const box = layout.byId.get(n.id);
    if (box && box.x + box.width / 2 < flowX) index++;
  }
  return index;
}

// Its own incremental validator: successive predictions differ from the document (and from
// each other) by one hypothetical edit, so each rechecks only the stacks that edit touches.
const predictor = new Validator();

export interface Prediction {
  readonly allowed: boolean;
  /** What the rules would say about the dropped element, or that it fits. */
  readonly text: string;
}

/**
 * Predicts a drop with the same rules that will judge it: the placement and compatibility
 * errors and warnings the dropped element would get in `after`.
 */
export function predict(after: VDoc, droppedId: string, parentId: string | undefined): Prediction {
  const problems: Diagnostic[] = predictor
    .validate(after)
    .filter(
      (d) =>
        d.severity !== 'info' &&
        d.elements.includes(droppedId) &&
        ['stack', 'compat'].includes(ruleById(d.rule)?.meta.category ?? ''),
    );
  const dropped = after.nodes.find((n) => n.id === droppedId);
  const parent = parentId === undefined ? undefined : after.nodes.find((n) => n.id === parentId);
  if (problems.length === 0) {
    return {
      allowed: true,
      text: parent ? `${nameOf(dropped)} on ${nameOf(parent)}` : 'New stack',
    };
  }
  return { allowed: false, text: problems[0]!.message };
}
