// Where each stack stands. A root's `position` is its box's top-left corner; a stack that
// would overlap one placed before it (in document order) moves right until it is clear
// (past a long chain of overlaps in one jump, to keep placement linear).
// Stacks without a position stand in a row to the right of all the others, their root
// boxes' bottoms on one baseline.
import type { VNode } from '../model/document';
import { STACK_GAP } from './geometry';

export interface StackExtent {
  readonly root: VNode;
  readonly width: number;
  /** y of the stack's top relative to its root box's top (<= 0). */
  readonly top: number;
  readonly rootHeight: number;
}

export interface Placement {
  /** The root box's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly positioned: boolean;
}

/** Coordinates further out than this are pulled in: the drawing must stay renderable. */
const FAR = 1_000_000;
const CELL = 1024;

function validPosition(node: VNode): { x: number; y: number } | undefined {
  const p = node.position as { x?: unknown; y?: unknown } | undefined;
  if (!p || typeof p.x !== 'number' || typeof p.y !== 'number') return undefined;
  if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return undefined;
  return { x: Math.max(-FAR, Math.min(FAR, p.x)), y: Math.max(-FAR, Math.min(FAR, p.y)) };
}

interface Placed {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rectangles already placed, bucketed by a coarse grid so a query looks at its neighbours only. */
class Grid {
  private readonly cells = new Map<number, Placed[]>();
  /** The furthest right edge of anything placed in each row of cells. */
  private readonly rowRight = new Map<number, number>();

  add(r: Placed): void {
    const cx1 = cell(r.x1 - 1e-9);
    const cy0 = cell(r.y0);
    const cy1 = cell(r.y1 - 1e-9);
    for (let cy = cy0; cy <= cy1; cy++) {
      this.rowRight.set(cy, Math.max(this.rowRight.get(cy) ?? -Infinity, r.x1));
      for (let cx = cell(r.x0); cx <= cx1; cx++) {
        const key = cx * CELLS + cy;
        const list = this.cells.get(key);
        if (list) list.push(r);
        else this.cells.set(key, [r]);
      }
    }
  }

  /** The right edge of the furthest-reaching rectangle overlapping `r`, if any overlaps. */
  overlapRight(r: Placed): number | undefined {
    let right: number | undefined;
    const cx1 = cell(r.x1 - 1e-9);
    const cy1 = cell(r.y1 - 1e-9);
    for (let cy = cell(r.y0); cy <= cy1; cy++) {
      for (let cx = cell(r.x0); cx <= cx1; cx++) {
        const list = this.cells.get(cx * CELLS + cy);
        if (!list) continue;
        for (const o of list) {
          if (o.x0 < r.x1 && r.x0 < o.x1 && o.y0 < r.y1 && r.y0 < o.y1) {
            if (right === undefined || o.x1 > right) right = o.x1;
          }
        }
      }
    }
    return right;
  }

  /** A right edge past everything placed in the rows of cells `r` spans: clear of all of it. */
  bandRight(r: Placed): number {
    let right = -Infinity;
    const cy1 = cell(r.y1 - 1e-9);
    for (let cy = cell(r.y0); cy <= cy1; cy++)
      right = Math.max(right, this.rowRight.get(cy) ?? -Infinity);
    return right;
  }
}

/** Cells per axis: keys stay small integers. Far-out cells share the edge buckets, which
 * costs time only: overlaps are always checked exactly. */
const CELLS = 1 << 15;

function cell(v: number): number {
  const c = Math.floor(v / CELL) + CELLS / 2;
  return c < 0 ? 0 : c >= CELLS ? CELLS - 1 : c;
}

/** Moves past single overlaps one at a time; a longer chain jumps past its whole band. */
const MAX_STEPS = 8;

export function placeStacks(stacks: readonly StackExtent[]): Placement[] {
  const out = new Array<Placement>(stacks.length);
  const grid = new Grid();
  let right: number | undefined;
  let baseline: number | undefined;
  for (let i = 0; i < stacks.length; i++) {
    const s = stacks[i]!;
    const pos = validPosition(s.root);
    if (!pos) continue;
    const placed: Placed = {
      x0: pos.x,
      y0: pos.y + s.top,
      x1: pos.x + s.width,
      y1: pos.y + s.rootHeight,
    };
    let steps = 0;
    for (let r = grid.overlapRight(placed); r !== undefined; r = grid.overlapRight(placed)) {
      placed.x0 = (++steps > MAX_STEPS ? grid.bandRight(placed) : r) + STACK_GAP;
      placed.x1 = placed.x0 + s.width;
    }
    const x = placed.x0;
    grid.add(placed);
    right = right === undefined ? placed.x1 : Math.max(right, placed.x1);
    baseline = baseline === undefined ? placed.y1 : Math.max(baseline, placed.y1);
    out[i] = { x, y: pos.y, positioned: true };
  }
  let cursor = right === undefined ? 0 : right + STACK_GAP;
  const base = baseline ?? 0;
  for (let i = 0; i < stacks.length; i++) {
    if (out[i]) continue;
    const s = stacks[i]!;
    out[i] = { x: cursor, y: base - s.rootHeight, positioned: false };
    cursor += s.width + STACK_GAP;
  }
  return out;
}
