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
    const [cx0, cx1, cy0, cy1] = cellRange(r);
    for (let cy = cy0; cy <= cy1; cy++) {
      this.rowRight.set(cy, Math.max(this.rowRight.get(cy) ?? -Infinity, r.x1));
    }
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(r);
        else this.cells.set(key, [r]);
      }
    }
  }

  /** The right edge of the furthest-reaching rectangle overlapping `r`, if any overlaps. */
  overlapRight(r: Placed): number | undefined {
    let right: number | undefined;
    const [cx0, cx1, cy0, cy1] = cellRange(r);
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = this.cells.get(cellKey(cx, cy));
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
    const [, , cy0, cy1] = cellRange(r);
    for (let cy = cy0; cy <= cy1; cy++) right = Math.max(right, this.rowRight.get(cy) ?? -Infinity);
    return right;
  }
}

/** Moves past single overlaps one at a time; a longer chain jumps past its whole band. */
const MAX_STEPS = 8;

function cellRange(r: Placed): [number, number, number, number] {
  return [
    Math.floor(r.x0 / CELL),
    Math.floor((r.x1 - 1e-9) / CELL),
    Math.floor(r.y0 / CELL),
    Math.floor((r.y1 - 1e-9) / CELL),
  ];
}

/** A number per cell: coordinates stay far inside +-2^31 cells of 1024 px. */
function cellKey(cx: number, cy: number): number {
  return (cx + 2 ** 21) * 2 ** 22 + (cy + 2 ** 21);
}

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
