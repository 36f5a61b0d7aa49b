// The stack layout: a document -> boxes, links and stacks, the same for the canvas, the
// CLI and the export. Browser-safe.
export { LayoutCache, layoutDocument } from './cache';
export { measureText } from './measure';
export type { Weight } from './measure';
export { displayText, wrapText } from './text';
export {
  BOX,
  CAPTION_FONT,
  LABEL_FONT,
  LINK_FONT,
  LAYER_GAP,
  SIBLING_GAP,
  STACK_GAP,
} from './geometry';
export type { FontSpec } from './geometry';
export type { Box, Layout, Point, Rect, RoutedLink, StackBox, StyleKey, TextBox } from './types';
export { baselineIn, boxTextRows, textBoxRows, textTop } from './text-rows';
export type { TextRow } from './text-rows';
