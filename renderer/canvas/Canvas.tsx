// The React Flow canvas: draws the layout's boxes as nodes, turns drags and drops into
// commands (add on, move onto, reorder, move a stack), and shows where a drop would land
// and what the rules would say about it before the user lets go.
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type {
  DragEvent as ReactDragEvent,
  MouseEvent as ReactMouseEvent,
  WheelEvent as ReactWheelEvent,
} from 'react';
import { Background, ReactFlow, useReactFlow } from '@xyflow/react';
import type { Connection, EdgeChange, Node, NodeChange } from '@xyflow/react';
import type { VDoc } from '../../app/model/document';
import { presetById } from '../../app/model/presets';
import type { Preset } from '../../app/model/presets';
import { addNode } from '../../app/commands/add-node';
import { addLink } from '../../app/commands/add-link';
import { moveNode } from '../../app/commands/move-node';
import { setPosition } from '../../app/commands/set-position';
import { buildIndex } from '../../app/model/facts';
import { commit, editor, select, useEditor } from '../store/editor';
import { addPreset } from '../store/actions';
import { PRESET_MIME } from '../panels/Palette';
import { DropTip } from './DropTip';
import { ElementNode } from './ElementNode';
import { LinkEdge } from './LinkEdge';
import { useEdges, useNodes } from './flow-elements';
import { CanvasControls } from './minimap';
import type { Minimap } from './minimap';
import { useFitView } from './use-fit';
import type { Hover } from './flow-elements';
import { boxAt, buildHitIndex, predict, siblingIndexAt } from './drop';
import { paletteDrag } from './palette-drag';

// Stable across renders, as React Flow asks.
const nodeTypes = { element: ElementNode };
const edgeTypes = { link: LinkEdge };
const proOptions = { hideAttribution: true };
const multiSelectionKeys = ['Meta', 'Control'];

interface DragState {
  readonly ids: ReadonlySet<string>;
  readonly dx: number;
  readonly dy: number;
}

/** The ids of `roots` and everything standing on them. */
function withSubtrees(doc: VDoc, roots: readonly string[]): Set<string> {
  const index = buildIndex(doc);
  const out = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const c of index.children(id)) todo.push(c.id);
  }
  return out;
}

/**
 * Of the dragged ids, those not standing on another dragged one, in document order (the
 * order siblings stand in): the canvas draws its nodes in the order they came, so React
 * Flow's list of dragged nodes says nothing about which stands left of which.
 */
function topLevel(doc: VDoc, ids: readonly string[]): string[] {
  const set = new Set(ids);
  const parentOf = new Map(doc.nodes.map((n) => [n.id, n.parent]));
  const out: string[] = [];
  for (const { id } of doc.nodes) {
    if (!set.has(id)) continue;
    let p = parentOf.get(id);
    let onDragged = false;
    for (let steps = 0; p !== undefined && steps < doc.nodes.length; steps++) {
      if (set.has(p)) {
        onDragged = true;
        break;
      }
      p = parentOf.get(p);
    }
    if (!onDragged) out.push(id);
  }
  return out;
}

export interface CanvasProps {
  onContextMenu: (at: { x: number; y: number }, target: string | null) => void;
  /** Whether the minimap shows (the editor's fit-to-view keeps clear of it too), and its switch. */
  minimap: Minimap;
}

export const Canvas = memo(function Canvas({ onContextMenu, minimap }: CanvasProps) {
  const layout = useEditor((s) => s.layout);
  const links = useEditor((s) => s.doc.links);
  const selection = useEditor((s) => s.selection);
  const opened = useEditor((s) => s.opened);
  const rf = useReactFlow();
  const [hover, setHover] = useState<Hover | null>(null);
  const [drag, setDrag] = useState<DragState | null>(null);
  // The drag as the event handlers see it: kept in a ref so they stay the same functions
  // for the whole drag (React Flow is not handed new props on every pointer move).
  const dragRef = useRef<DragState | null>(null);
  const dragRoots = useRef<string[]>([]);
  const hits = useMemo(() => buildHitIndex(layout), [layout]);
  const setDragBoth = useCallback((d: DragState | null) => {
    dragRef.current = d;
    setDrag(d);
  }, []);
  const hoverRef = useRef<Hover | null>(null);
  hoverRef.current = hover;

  const base = useNodes(layout, hover?.target, hover?.drop);

  // While dragging, only the moved nodes get new objects: no per-node work per frame.
  const nodes = useMemo(() => {
    if (!drag) return base.nodes;
    const out = base.nodes.slice();
    for (const id of drag.ids) {
      const i = base.indexOf.get(id);
      const n = i === undefined ? undefined : out[i];
      if (i === undefined || !n) continue;
      const box = layout.byId.get(id)!;
      out[i] = { ...n, position: { x: box.x + drag.dx, y: box.y + drag.dy } };
    }
    return out;
  }, [base, drag, layout]);

  const edges = useEdges(links, layout, selection);

  const fit = useFitView(minimap.shown);
  const fitNow = useCallback(() => void fit(), [fit]);

  const canvasRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // A newly opened document is fitted into view once React Flow has measured it. The
    // canvas says which opened document that was done for (`data-fitted`, next to React's
    // `data-opened`), for whatever waits for a settled view (the end-to-end tests: a click
    // aimed before the fit lands somewhere else after it).
    const el = canvasRef.current;
    const fitted = () => {
      if (editor.getState().opened === opened) el?.setAttribute('data-fitted', String(opened));
    };
    const t = setTimeout(() => {
      // An empty document has nothing to fit (see useFitView): it starts at the origin at
      // full size, not at the zoom of whatever was open before.
      if (editor.getState().layout.boxes.length > 0) void fit({ maxZoom: 1.25 }).then(fitted);
      else void rf.setViewport({ x: 0, y: 0, zoom: 1 }).then(fitted);
    }, 30);
    return () => clearTimeout(t);
  }, [opened, fit, rf]);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const picks = changes.filter((c) => c.type === 'select');
    if (picks.length === 0) return;
    const next = new Set(editor.getState().selection);
    for (const c of picks) {
      if (c.type !== 'select') continue;
      if (c.selected) next.add(c.id);
      else next.delete(c.id);
    }
    select([...next]);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const picks = changes.filter((c) => c.type === 'select');
    if (picks.length === 0) return;
    const next = new Set(editor.getState().selection);
    for (const c of picks) {
      if (c.type !== 'select') continue;
      if (c.selected) next.add(c.id);
      else next.delete(c.id);
    }
    select([...next]);
  }, []);

  const updateHover = useCallback((next: Hover | null) => {
    const cur = hoverRef.current;
    if (cur?.target === next?.target && cur?.drop === next?.drop && cur?.text === next?.text)
      return;
    hoverRef.current = next;
    setHover(next);
  }, []);

  // The shield takes the wheel too: handed on to React Flow's zoom pane, a drag can still
  // zoom in and out as it can without the shield.
  const zoomUnderShield = useCallback((e: ReactWheelEvent) => {
    const pane = (e.currentTarget.parentElement ?? document).querySelector('.react-flow__renderer');
    pane?.dispatchEvent(
      new WheelEvent('wheel', {
        deltaX: e.deltaX,
        deltaY: e.deltaY,
        deltaZ: e.deltaZ,
        deltaMode: e.deltaMode,
        clientX: e.clientX,
        clientY: e.clientY,
        screenX: e.screenX,
        screenY: e.screenY,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, []);

  // --- dragging existing elements -------------------------------------------------------
  const onNodeDragStart = useCallback(
    (_e: MouseEvent | TouchEvent, node: Node, dragged: Node[]) => {
      const doc = editor.getState().doc;
      const ids = dragged.length > 0 ? dragged.map((n) => n.id) : [node.id];
      dragRoots.current = topLevel(doc, ids);
      setDragBoth({ ids: withSubtrees(doc, dragRoots.current), dx: 0, dy: 0 });
    },
    [setDragBoth],
  );

  const lastTarget = useRef<string | undefined>(undefined);
  const onNodeDrag = useCallback(
    (e: MouseEvent | TouchEvent, node: Node) => {
      const box = layout.byId.get(node.id);
      if (!box) return;
      const d = dragRef.current;
      if (!d) return;
      setDragBoth({ ids: d.ids, dx: node.position.x - box.x, dy: node.position.y - box.y });
      const at = rf.screenToFlowPosition(pointOf(e));
      const target = boxAt(hits, at.x, at.y, d.ids);
      if (target === lastTarget.current) return;
      lastTarget.current = target;
      if (target === undefined) return updateHover(null);
      const doc = editor.getState().doc;
      const first = dragRoots.current[0];
      const after = first === undefined ? null : moveNode(doc, first, target);
      if (!after || first === undefined)
        return updateHover({ target, drop: 'bad', text: 'Cannot go there' });
      const p = predict(after, first, target);
      updateHover({ target, drop: p.allowed ? 'ok' : 'bad', text: p.text });
    },
    [layout, hits, rf, setDragBoth, updateHover],
  );

  const onNodeDragStop = useCallback(
    (e: MouseEvent | TouchEvent, node: Node) => {
      const at = rf.screenToFlowPosition(pointOf(e));
      const doc = editor.getState().doc;
      const box = layout.byId.get(node.id);
      const moved = dragRef.current;
      setDragBoth(null);
      updateHover(null);
      lastTarget.current = undefined;
      if (!box || !moved || (moved.dx === 0 && moved.dy === 0)) return;
      const target = boxAt(hits, at.x, at.y, moved.ids);
      const roots = dragRoots.current;
      let next: VDoc | null = doc;
      if (target !== undefined) {
        let index = siblingIndexAt(doc, layout, target, at.x, moved.ids);
        for (const id of roots) {
          next = next && moveNode(next, id, target, index++);
        }
        commit(next, { label: roots.length === 1 ? 'Move' : `Move ${roots.length} elements` });
        return;
      }
      for (const id of roots) {
        const b = layout.byId.get(id);
        const n = doc.nodes.find((x) => x.id === id);
        if (!b || !n || !next) continue;
        const at = { x: Math.round(b.x + moved.dx), y: Math.round(b.y + moved.dy) };
        next =
          n.parent === undefined
            ? setPosition(next, id, at)
            : moveNode(next, id, undefined, undefined, at);
      }
      commit(next, { label: roots.length === 1 ? 'Move' : `Move ${roots.length} elements` });
    },
    [hits, layout, rf, setDragBoth, updateHover],
  );

  // --- dropping from the palette ----------------------------------------------------------
  const lastPaletteTarget = useRef<string | undefined | null>(null);
  const onDragOver = useCallback(
    (e: ReactDragEvent) => {
      if (!e.dataTransfer.types.includes(PRESET_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const target = boxAt(hits, at.x, at.y);
      if (target === lastPaletteTarget.current) return;
      lastPaletteTarget.current = target;
      const preset = paletteDrag.current;
      if (target === undefined || !preset) return updateHover(null);
      updateHover(predictAdd(editor.getState().doc, preset, target));
    },
    [hits, rf, updateHover],
  );

  const onDragLeave = useCallback(
    (e: ReactDragEvent) => {
      if (e.currentTarget.contains(e.relatedTarget as globalThis.Node | null)) return;
      lastPaletteTarget.current = null;
      updateHover(null);
    },
    [updateHover],
  );

  const onDrop = useCallback(
    (e: ReactDragEvent) => {
      const preset = presetById(e.dataTransfer.getData(PRESET_MIME));
      lastPaletteTarget.current = null;
      updateHover(null);
      paletteDrag.current = null;
      if (!preset) return;
      e.preventDefault();
      const flow = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const target = boxAt(hits, flow.x, flow.y);
      if (target !== undefined) {
        const state = editor.getState();
        addPreset(preset, target, siblingIndexAt(state.doc, state.layout, target, flow.x));
      } else {
        addPreset(preset, undefined, undefined, {
          x: Math.round(flow.x - 90),
          y: Math.round(flow.y - 30),
        });
      }
    },
    [hits, rf, updateHover],
  );

  const onConnect = useCallback((c: Connection) => {
    const result = addLink(editor.getState().doc, c.source, c.target, 'bridge');
    if (result) commit(result.doc, { label: 'Connect', select: [result.id] });
  }, []);

  const onNodeContextMenu = useCallback(
    (e: ReactMouseEvent, node: Node) => {
      e.preventDefault();
      if (!editor.getState().selection.includes(node.id)) select([node.id]);
      onContextMenu({ x: e.clientX, y: e.clientY }, node.id);
    },
    [onContextMenu],
  );

  const onPaneContextMenu = useCallback(
    (e: ReactMouseEvent | MouseEvent) => {
      e.preventDefault();
      onContextMenu({ x: e.clientX, y: e.clientY }, null);
    },
    [onContextMenu],
  );

  return (
    <div
      ref={canvasRef}
      className="canvas"
      data-opened={opened}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onNodeContextMenu={onNodeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectionKeys}
        minZoom={0.05}
        maxZoom={4}
        proOptions={proOptions}
        colorMode="system"
        aria-label="Canvas"
      >
        <Background gap={24} />
        <CanvasControls minimap={minimap.shown} onToggleMinimap={minimap.toggle} onFit={fitNow} />
        <DropTip hover={hover} layout={layout} />
      </ReactFlow>
      {/* While an element is dragged, the pointer is over this empty layer instead of a
          thousand nodes: the browser hit-tests every pointer move, and finding the node
          under the pointer cost more than anything else in a drag frame. The drag follows
          the pointer through window events, and the drop target comes from the layout. */}
      {drag && <div className="drag-shield" aria-hidden="true" onWheel={zoomUnderShield} />}
      {layout.boxes.length === 0 && (
        <div className="canvas-empty" aria-hidden="true">
          <p>
            Drag <strong>Hardware</strong> from the palette to start a stack.
          </p>
        </div>
      )}
    </div>
  );
});

/** The screen point of a mouse or touch event. */
function pointOf(e: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.changedTouches[0] ?? e.touches[0];
  return { x: t?.clientX ?? 0, y: t?.clientY ?? 0 };
}

function predictAdd(doc: VDoc, preset: Preset, target: string): Hover {
  const added = addNode(doc, {
    kind: preset.kind,
    label: preset.label,
    props: { ...preset.props },
    parent: target,
  });
  if (!added) return { target, drop: 'bad', text: 'Cannot go there' };
  const p = predict(added.doc, added.id, target);
  return { target, drop: p.allowed ? 'ok' : 'bad', text: p.text };
}
