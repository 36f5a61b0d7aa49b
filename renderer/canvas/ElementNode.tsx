// One element on the canvas: the layout's box, its label and caption, a severity badge and
// the drop highlight. Memoized: a drag re-renders only the nodes whose data changed.
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
  readonly drop?: 'ok' | 'bad';
  readonly dropText?: string;
}

export type ElementNodeType = Node<ElementData, 'element'>;

export const ElementNode = memo(function ElementNode({
  data,
  selected,
}: NodeProps<ElementNodeType>) {
  const cls = `element kind-${data.kind}${selected ? ' selected' : ''}${data.drop ? ` drop-${data.drop}` : ''}`;
  return (
    <div className={cls} data-severity={data.severity}>
      <Handle type="target" position={Position.Left} className="link-handle" />
      <div className="element-label">
        {data.lines.map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </div>
      <div className="element-caption">
        {data.caption.map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </div>
      {data.severity && (
        <span
          className={`badge sev-${data.severity}`}
          title={`${data.problems ?? 1} problem${data.problems === 1 ? '' : 's'}`}
        >
          <SeverityIcon severity={data.severity} />
        </span>
      )}
      {data.dropText && (
        <div className={`drop-tip drop-${data.drop}`} role="status">
          {data.drop === 'ok' ? '✓ ' : '✗ '}
          {data.dropText}
        </div>
      )}
      <Handle type="source" position={Position.Right} className="link-handle" />
    </div>
  );
});
