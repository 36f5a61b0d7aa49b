// Where each stack stands. A root's `position` is its box's top-left corner; a stack that
// would overlap one placed before it (in document order) moves right until it is clear.
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
  private readonly cells = new Map<string, Placed[]>();

  add(r: Placed): void {
    this.forCells(r, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(r);
      else this.cells.set(key, [r]);
    });
  }

  /** The right edge of the furthest-reaching rectangle overlapping `r`, if any overlaps. */
  overlapRight(r: Placed): number | undefined {
    let right: number | undefined;
    this.forCells(r, (key) => {
      for (const o of this.cells.get(key) ?? []) {
        if (o.x0 < r.x1 && r.x0 < o.x1 && o.y0 < r.y1 && r.y0 < o.y1) {
          if (right === undefined || o.x1 > right) right = o.x1;
        }
      }
    });
    return right;
  }

  private forCells(r: Placed, f: (key: string) => void): void {
    const cx0 = Math.floor(r.x0 / CELL);
    const cx1 = Math.floor((r.x1 - 1e-9) / CELL);
    const cy0 = Math.floor(r.y0 / CELL);
    const cy1 = Math.floor((r.y1 - 1e-9) / CELL);
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) f(`${cx},${cy}`);
  }
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
    let x = pos.x;
    const rect = (): Placed => ({
      x0: x,
      y0: pos.y + s.top,
      x1: x + s.width,
      y1: pos.y + s.rootHeight,
    });
    for (let r = grid.overlapRight(rect()); r !== undefined; r = grid.overlapRight(rect())) {
      x = r + STACK_GAP;
    }
    const placed = rect();
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
