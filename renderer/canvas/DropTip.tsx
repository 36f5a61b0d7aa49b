// The drop tip: what the rules would say about a drop, drawn once, above the target.
//
// It lives in React Flow's viewport portal (the layer after all the nodes, in flow
// coordinates, so it pans and zooms with them) instead of inside the target's node: there,
// every node after the target painted over it, and inserting it into a node made Chromium
// lay out all the nodes again each time the target changed.
import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { Layout } from '../../app/layout';
import type { Hover } from './flow-elements';

// Where the tip stood when it was a child of the node: 30px above the node's padding edge,
// which is the node's border inside its box (1.5px in the CSS, laid out as 1px by Chromium).
const RISE = 30 - 1;

export const DropTip = memo(function DropTip({
  hover,
  layout,
}: {
  hover: Hover | null;
  layout: Layout;
}) {
  const box = hover ? layout.byId.get(hover.target) : undefined;
  if (!hover || !box) return null;
  return (
    <ViewportPortal>
      <div
        className={`drop-tip drop-${hover.drop}`}
        role="status"
        data-target={hover.target}
        style={{ left: box.x + box.width / 2, top: box.y - RISE }}
      >
        {hover.drop === 'ok' ? '✓ ' : '✗ '}
        {hover.text}
      </div>
    </ViewportPortal>
  );
});
