// The generator stands every stack in one row (1,000 elements make a picture 69,000 px
// wide, past the PNG size limit and a useless canvas view). A user would arrange them in
// rows; this does that, for the PNG figure and the canvas pages. Only root positions change.
import type { VDoc, VNode } from '../app/model/document';
import { layoutDocument, STACK_GAP } from '../app/layout';

/** The same document with its stacks in rows about as wide as `aspect` times their height. */
export function arrangeInRows(doc: VDoc, aspect = 1.6): VDoc {
  const layout = layoutDocument(doc);
  let area = 0;
  for (const s of layout.stacks) area += (s.width + STACK_GAP) * (s.height + STACK_GAP);
  const rowWidth = Math.max(1, Math.sqrt(area * aspect));
  const at = new Map<string, { x: number; y: number }>();
  let x = 0;
  let top = 0;
  let rowHeight = 0;
  for (const s of layout.stacks) {
    if (x > 0 && x + s.width > rowWidth) {
      x = 0;
      top += rowHeight + STACK_GAP;
      rowHeight = 0;
    }
    // A root's position is its box's top-left; the stack rises above it by (root.y - s.y).
    const root = layout.byId.get(s.root);
    const rise = root ? root.y - s.y : 0;
    at.set(s.root, { x: Math.round(x), y: Math.round(top + rise) });
    x += s.width + STACK_GAP;
    rowHeight = Math.max(rowHeight, s.height);
  }
  const nodes = doc.nodes.map((n): VNode => {
    const p = n.parent === undefined ? at.get(n.id) : undefined;
    return p ? { ...n, position: p } : n;
  });
  return { ...doc, nodes };
}
