// One element on the canvas: the layout's box, its label and caption and a severity badge
// (the drop tip is drawn over all the nodes: DropTip.tsx). Memoized: a drag re-renders only
// the nodes whose data changed.
//
// The box itself (fill, border, selection and drop rings) is React Flow's node element,
// styled through the classes the canvas gives the node (`kind-*`, `drop-*`, and React
// Flow's own `selected`): one element less per node than a wrapper would cost, which adds
// up at a thousand nodes on mount and in every hit test of a drag.
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import type { Severity } from '../../app/model/kinds';
import { SeverityIcon } from '../panels/SeverityIcon';

export interface ElementData extends Record<string, unknown> {
  readonly kind: string;
  readonly lines: readonly string[];
  readonly caption: readonly string[];
  readonly severity?: Severity;
  readonly problems?: number;
}

export type ElementNodeType = Node<ElementData, 'element'>;

/** The classes of an element's node: its kind's colours and the drop highlight. */
export function elementClass(kind: string, drop: 'ok' | 'bad' | undefined): string {
  return `kind-${kind}${drop ? ` drop-${drop}` : ''}`;
}

export const ElementNode = memo(function ElementNode({ data }: NodeProps<ElementNodeType>) {
  return (
    <>
      <Handle type="target" position={Position.Left} className="link-handle" />
      {/* The lines the layout wrapped, as one text node each, a line break between lines
          (the box's `white-space: pre` keeps them): no element per line, and the browser
          shapes one paragraph per block. Plain elements, not a component: at a thousand
          nodes, a component here is two thousand more for React to render on mount. */}
      <div className="element-label">{data.lines.join('\n')}</div>
      <div className="element-caption">{data.caption.join('\n')}</div>
      {data.severity && (
        <span
          className={`badge sev-${data.severity}`}
          title={`${data.problems ?? 1} problem${data.problems === 1 ? '' : 's'}`}
        >
          <SeverityIcon severity={data.severity} />
        </span>
      )}
      <Handle type="source" position={Position.Right} className="link-handle" />
    </>
  );
});
