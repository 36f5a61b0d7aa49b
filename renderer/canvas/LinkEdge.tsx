// A network link, drawn along the layout's route (the same path the export draws), with
// its driver as a label.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer } from '@xyflow/react';
import type { Edge, EdgeProps } from '@xyflow/react';
import type { RoutedLink } from '../../app/layout';

export type LinkEdgeType = Edge<{ route?: RoutedLink; driver: string }, 'link'>;

const ENDS = new Set(['sourceX', 'sourceY', 'targetX', 'targetY']);

/**
 * A routed link is drawn along its route, not between its ends: while an element it joins
 * is dragged, its ends move but its drawing does not, so it is not drawn again.
 */
function sameDrawing(a: EdgeProps<LinkEdgeType>, b: EdgeProps<LinkEdgeType>): boolean {
  const routed = a.data?.route !== undefined && a.data === b.data;
  const keys = Object.keys(b) as (keyof EdgeProps<LinkEdgeType>)[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => (routed && ENDS.has(k)) || Object.is(a[k], b[k]));
}

export const LinkEdge = memo(function LinkEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  selected,
}: EdgeProps<LinkEdgeType>) {
  const route = data?.route;
  const points = route?.points ?? [
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
  ];
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  const label = route
    ? { x: route.label.x + route.label.width / 2, y: route.label.y + route.label.height / 2 }
    : { x: (sourceX + targetX) / 2, y: (sourceY + targetY) / 2 };
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`link-edge driver-${data?.driver ?? ''}${selected ? ' selected' : ''}`}
      />
      {data?.driver && (
        <EdgeLabelRenderer>
          <div
            className="link-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
          >
            {data.driver}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}, sameDrawing);
