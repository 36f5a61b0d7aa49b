// A network link, drawn along the layout's route (the same path the export draws), with
// its driver as a label.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer } from '@xyflow/react';
import type { Edge, EdgeProps } from '@xyflow/react';
import type { RoutedLink } from '../../app/layout';

export type LinkEdgeType = Edge<{ route?: RoutedLink; driver: string }, 'link'>;

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
});
