// The React Flow nodes and edges of the layout. Each is a new object only when what it
// draws changed: React Flow re-renders a node or an edge whose object is new, so an edit,
// a selection or a drop highlight touches only the elements it concerns.
import { useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import type { Diagnostic, VLink } from '../../app/model/document';
import type { Severity } from '../../app/model/kinds';
import type { Box, Layout, RoutedLink } from '../../app/layout';
import { useEditor } from '../store/editor';
import { elementClass } from './ElementNode';
import type { ElementData, ElementNodeType } from './ElementNode';
import type { LinkEdgeType } from './LinkEdge';

/** Where a drag or a palette drop would land, and what the rules say about it. */
export interface Hover {
  readonly target: string;
  readonly drop: 'ok' | 'bad';
  readonly text: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

interface Worst {
  severity: Severity;
  count: number;
}

function worstByElement(diagnostics: readonly Diagnostic[]): Map<string, Worst> {
  const out = new Map<string, Worst>();
  for (const d of diagnostics) {
    for (const id of d.elements) {
      const w = out.get(id);
      if (!w) out.set(id, { severity: d.severity, count: 1 });
      else {
        w.count++;
        if (RANK[d.severity] > RANK[w.severity]) w.severity = d.severity;
      }
    }
  }
  return out;
}

interface CachedNode {
  box: Box;
  severity: Severity | undefined;
  count: number;
  selected: boolean;
  drop: Hover['drop'] | undefined;
  node: ElementNodeType;
}

export interface FlowNodes {
  readonly nodes: ElementNodeType[];
  /** Each node's index in `nodes`. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** The nodes of `layout`; `dropTarget`, if any, ringed green (`ok`) or red (`bad`). */
export function useNodes(
  layout: Layout,
  dropTarget: string | undefined,
  dropAs: Hover['drop'] | undefined,
): FlowNodes {
  const diagnostics = useEditor((s) => s.diagnostics);
  const selection = useEditor((s) => s.selection);
  const worst = useMemo(() => worstByElement(diagnostics), [diagnostics]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const opened = useEditor((s) => s.opened);
  const cache = useRef({
    opened,
    layout: undefined as Layout | undefined,
    order: [] as readonly Box[],
    nodes: new Map<string, CachedNode>(),
  });
  return useMemo(() => {
    const kept = cache.current.opened === opened ? cache.current.nodes : undefined;
    // A selection or a drop highlight keeps the layout, and so the order.
    const order =
      kept && cache.current.layout === layout ? cache.current.order : inKeptOrder(layout, kept);
    const next = new Map<string, CachedNode>();
    const nodes: ElementNodeType[] = [];
    const indexOf = new Map<string, number>();
    for (const box of order) {
      const w = worst.get(box.id);
      const isSelected = selected.has(box.id);
      // The tip is drawn apart (DropTip.tsx): the node shows only the green or red ring.
      const drop = dropTarget === box.id ? dropAs : undefined;
      const prev = kept?.get(box.id);
      let entry: CachedNode;
      if (
        prev &&
        prev.box === box &&
        prev.severity === w?.severity &&
        prev.count === (w?.count ?? 0) &&
        prev.selected === isSelected &&
        prev.drop === drop
      ) {
        entry = prev;
      } else {
        // A drop highlight changes only the node's classes: the same data keeps the
        // ElementNode itself from rendering again.
        const sameData =
          prev &&
          prev.box === box &&
          prev.severity === w?.severity &&
          prev.count === (w?.count ?? 0);
        const data: ElementData = sameData
          ? prev.node.data
          : {
              kind: box.style,
              lines: box.label,
              caption: box.caption,
              ...(w ? { severity: w.severity, problems: w.count } : {}),
            };
        entry = {
          box,
          severity: w?.severity,
          count: w?.count ?? 0,
          selected: isSelected,
          drop,
          node: {
            id: box.id,
            type: 'element',
            position: { x: box.x, y: box.y },
            width: box.width,
            height: box.height,
            // Known sizes: React Flow keeps the node's handle bounds when the object is
            // replaced during a drag, instead of re-measuring it each move.
            measured: { width: box.width, height: box.height },
            selected: isSelected,
            className: elementClass(box.style, drop),
            data,
          },
        };
      }
      next.set(box.id, entry);
      indexOf.set(box.id, nodes.length);
      nodes.push(entry.node);
    }
    cache.current = { opened, layout, order, nodes: next };
    return { nodes, indexOf };
  }, [layout, worst, selected, dropTarget, dropAs, opened]);
}

/**
 * The layout's boxes, those already on the canvas in the order they are drawn in and new ones
 * after them in the layout's order. When a node goes to an earlier place in the list, React
 * moves the DOM element of every node it now comes before: in the layout's order, dropping an
 * element onto an earlier stack did that (21 ms of a 50 to 67 ms drop at 1,000 elements,
 * traced). A newly opened document is drawn in the layout's order.
 */
function inKeptOrder(
  layout: Layout,
  kept: ReadonlyMap<string, CachedNode> | undefined,
): readonly Box[] {
  if (!kept) return layout.boxes;
  // Mostly an edit keeps the order (a prop, a label, a move within a stack).
  if (kept.size === layout.boxes.length) {
    let i = 0;
    for (const id of kept.keys()) {
      if (layout.boxes[i]!.id !== id) break;
      i++;
    }
    if (i === layout.boxes.length) return layout.boxes;
  }
  const out: Box[] = [];
  for (const id of kept.keys()) {
    const box = layout.byId.get(id);
    if (box) out.push(box);
  }
  for (const box of layout.boxes) if (!kept.has(box.id)) out.push(box);
  return out;
}

interface CachedEdge {
  link: VLink;
  route: RoutedLink | undefined;
  selected: boolean;
  edge: LinkEdgeType;
}

function samePoints(a: RoutedLink['points'], b: RoutedLink['points']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.x !== b[i]!.x || a[i]!.y !== b[i]!.y) return false;
  }
  return true;
}

/** Whether two routes draw the same (a new layout makes new route objects for every link). */
function sameRoute(a: RoutedLink | undefined, b: RoutedLink | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const la = a.label;
  const lb = b.label;
  return (
    samePoints(a.points, b.points) &&
    la.x === lb.x &&
    la.y === lb.y &&
    la.width === lb.width &&
    la.height === lb.height
  );
}

export function useEdges(
  links: readonly VLink[],
  layout: Layout,
  selection: readonly string[],
): Edge[] {
  const cache = useRef(new Map<string, CachedEdge>());
  return useMemo(() => {
    const selected = new Set(selection);
    const routes = new Map(layout.links.map((r) => [r.id, r]));
    const next = new Map<string, CachedEdge>();
    const out: Edge[] = [];
    for (const l of links) {
      if (!layout.byId.has(l.from) || !layout.byId.has(l.to)) continue;
      const route = routes.get(l.id);
      const isSelected = selected.has(l.id);
      const prev = cache.current.get(l.id);
      let entry: CachedEdge;
      if (prev && prev.link === l && prev.selected === isSelected && sameRoute(prev.route, route)) {
        entry = prev;
      } else {
        entry = {
          link: l,
          route,
          selected: isSelected,
          edge: {
            id: l.id,
            source: l.from,
            target: l.to,
            type: 'link',
            selected: isSelected,
            data: { route, driver: typeof l.props.driver === 'string' ? l.props.driver : '' },
          },
        };
      }
      next.set(l.id, entry);
      out.push(entry.edge);
    }
    cache.current = next;
    return out;
  }, [links, layout, selection]);
}
