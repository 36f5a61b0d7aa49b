// The measures of the drawing, shared by the layout, the canvas and the exporter.
import type { Weight } from './measure';

export interface FontSpec {
  readonly size: number;
  readonly weight: Weight;
  /** Distance between baselines. */
  readonly lineHeight: number;
}

export const LABEL_FONT: FontSpec = { size: 14, weight: 'semibold', lineHeight: 18 };
export const CAPTION_FONT: FontSpec = { size: 11, weight: 'regular', lineHeight: 14 };
export const LINK_FONT: FontSpec = { size: 11, weight: 'semibold', lineHeight: 14 };

/** Text is measured in the bundled font but may be drawn in a fallback (DejaVu Sans runs ~10% wider). */
export const TEXT_SLACK = 1.12;
/** A label or caption longer than this wraps, unless its box is wider anyway. */
export const WRAP_WIDTH = 200;

export const BOX = {
  minWidth: 112,
  padX: 12,
  padY: 9,
  /** Between the label's last line and the caption. */
  captionGap: 2,
  radius: 6,
} as const;

/** The height of a box's text: its label lines, the gap, its caption lines. */
export function textBlockHeight(labelLines: number, captionLines: number): number {
  return (
    labelLines * LABEL_FONT.lineHeight + BOX.captionGap + captionLines * CAPTION_FONT.lineHeight
  );
}

/** Between neighbouring siblings. */
export const SIBLING_GAP = 8;
/** Between a box and the one it sits on. */
export const LAYER_GAP = 6;
/** Between stacks placed side by side. */
export const STACK_GAP = 40;

export const LINK = {
  /** A link label's padding inside its pill. */
  padX: 6,
  padY: 3,
  /** Line visible on each side of a label across a sibling gap. */
  gapMargin: 8,
  /** Between the highest box under a routed link and its lane, and between lanes. */
  laneGap: 18,
  laneStep: 22,
} as const;
