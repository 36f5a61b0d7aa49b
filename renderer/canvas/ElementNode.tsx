// One element on the canvas: the layout's box, its label and caption and a severity badge
// (the drop tip is drawn over all the nodes: DropTip.tsx). Memoized: a drag re-renders only
// the nodes whose data changed.
//
// The box itself (fill, border, selection and drop rings) is React Flow's node element,
// styled through the classes the canvas gives the node (`kind-*`, `drop-*`, and React
// Flow's own `selected`): one element less per node than a wrapper would cost, which adds
// up at a thousand nodes on mount and in every hit test of a drag.
import { Fragment, memo } from 'react';
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

/**
 * Lines the layout already wrapped, one span each, kept in one run of text (line breaks
 * between the spans, which the box's `white-space: pre` keeps): the browser shapes and lays
 * out one paragraph per block instead of one per line.
 */
function Lines({ className, lines }: { className: string; lines: readonly string[] }) {
  return (
    <div className={className}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && '\n'}
          <span>{line}</span>
        </Fragment>
      ))}
    </div>
  );
}

export const ElementNode = memo(function ElementNode({ data }: NodeProps<ElementNodeType>) {
  return (
    <>
      <Handle type="target" position={Position.Left} className="link-handle" />
      <Lines className="element-label" lines={data.lines} />
      <Lines className="element-caption" lines={data.caption} />
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
