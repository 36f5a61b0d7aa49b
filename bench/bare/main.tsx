// The baseline of the canvas figures: a bare React Flow page, the renderer's limit. Plain
// default nodes and edges, controlled with applyNodeChanges as React Flow's docs show,
// nothing else. The harness hands it the boxes of vtopo's layout (same ids, positions,
// sizes) and the document's links as edges, and sizes its pane like vtopo's canvas
// (?w=&h=), so both draw the same graph at the same zoom.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, applyNodeChanges, useReactFlow } from '@xyflow/react';
import type { Edge, Node, NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

/** One of vtopo's layout boxes, as the harness sends it. */
interface BareBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
}

/** What the harness sends: the boxes, and the links between them. */
interface BareGraph {
  readonly boxes: readonly BareBox[];
  readonly edges: readonly { readonly id: string; readonly from: string; readonly to: string }[];
}

declare global {
  interface Window {
    bare?: { load(json: string): void };
  }
}

function toEdges(graph: BareGraph): Edge[] {
  return graph.edges.map((e) => ({ id: e.id, source: e.from, target: e.to }));
}

function toNodes(boxes: readonly BareBox[]): Node[] {
  return boxes.map((b) => ({
    id: b.id,
    position: { x: b.x, y: b.y },
    width: b.width,
    height: b.height,
    data: { label: b.label },
  }));
}

function Flow() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [opened, setOpened] = useState(0);
  const rf = useReactFlow();

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((nds) => applyNodeChanges(changes, nds)),
    [],
  );

  useEffect(() => {
    window.bare = {
      load(json) {
        const graph = JSON.parse(json) as BareGraph;
        setNodes(toNodes(graph.boxes));
        setEdges(toEdges(graph));
        setOpened((n) => n + 1);
      },
    };
  }, []);

  // Fitted as vtopo's canvas fits a newly opened document.
  useEffect(() => {
    const t = setTimeout(() => void rf.fitView({ padding: 0.15, maxZoom: 1.25 }), 30);
    return () => clearTimeout(t);
  }, [opened, rf]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      minZoom={0.05}
      maxZoom={4}
      proOptions={{ hideAttribution: true }}
    />
  );
}

const params = new URLSearchParams(location.search);
const size = (name: string, fallback: number) => {
  const v = Number(params.get(name));
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <div style={{ width: size('w', 1000), height: size('h', 700) }}>
      <ReactFlowProvider>
        <Flow />
      </ReactFlowProvider>
    </div>
  </StrictMode>,
);
