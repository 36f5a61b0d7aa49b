// Fitting the diagram into view. The minimap stands in the canvas's bottom-right corner, so
// a diagram fitted with an even margin had its bottom-right elements hidden under it (every
// template opened that way). With the minimap shown, the fit keeps clear of that corner by
// a wider margin on the right or at the bottom, whichever leaves the diagram bigger.
import type { FitViewOptions } from '@xyflow/react';

/** The margin around a fitted diagram, as React Flow reads a number: 15% of the pane. */
export const FIT_PADDING = 0.15;

/**
 * The corner the minimap takes, with a gap: React Flow's minimap is 200 x 150 px in a panel
 * 15 px from the pane's edges.
 */
export const MINIMAP_CORNER = { width: 200 + 15 + 15, height: 150 + 15 + 15 } as const;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The size of the rectangle around some boxes. Given the layout's stacks, that is the
 * rectangle around every element, which is what React Flow fits (the layout's own bounds
 * also take in links, which React Flow does not), from a few hundred stacks at 10,000
 * elements rather than the 10,000 boxes.
 */
export function boxesSize(
  boxes: readonly { x: number; y: number; width: number; height: number }[],
): Size {
  if (boxes.length === 0) return { width: 0, height: 0 };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { width: right - left, height: bottom - top };
}

/** The pixels React Flow makes of a numeric padding along a side of `length` px. */
function even(length: number, padding: number): number {
  return Math.floor((length - length / (1 + padding)) * 0.5);
}

/** How far a diagram of `bounds` can be zoomed in `pane` with these margins. */
function zoomWithin(pane: Size, bounds: Size, m: Margins): number {
  const w = Math.max(bounds.width, 1);
  const h = Math.max(bounds.height, 1);
  return Math.min((pane.width - m.left - m.right) / w, (pane.height - m.top - m.bottom) / h);
}

/**
 * The margins for fitting a diagram of `bounds` into `pane`: FIT_PADDING on every side, and
 * with the minimap shown, room for it on the side that costs the diagram less zoom.
 */
export function fitMargins(pane: Size, bounds: Size, minimap: boolean): Margins {
  const x = even(pane.width, FIT_PADDING);
  const y = even(pane.height, FIT_PADDING);
  const plain = { top: y, right: x, bottom: y, left: x };
  if (!minimap) return plain;
  const right = { ...plain, right: Math.max(x, MINIMAP_CORNER.width) };
  const bottom = { ...plain, bottom: Math.max(y, MINIMAP_CORNER.height) };
  const best = zoomWithin(pane, bounds, right) > zoomWithin(pane, bounds, bottom) ? right : bottom;
  // A pane too small to keep clear of the minimap at all gets the even margin.
  return zoomWithin(pane, bounds, best) > 0 ? best : plain;
}

/**
 * fitView options with those margins (`extra` adds duration, maxZoom and the like). Before
 * React Flow has measured the pane (size 0), the plain FIT_PADDING, which it works out when
 * the fit runs.
 */
export function fitOptions(
  pane: Size,
  bounds: Size,
  minimap: boolean,
  extra: Omit<FitViewOptions, 'padding'> = {},
): FitViewOptions {
  if (!(pane.width > 0 && pane.height > 0)) return { ...extra, padding: FIT_PADDING };
  const m = fitMargins(pane, bounds, minimap);
  return {
    ...extra,
    padding: {
      top: `${m.top}px`,
      right: `${m.right}px`,
      bottom: `${m.bottom}px`,
      left: `${m.left}px`,
    },
  };
}
