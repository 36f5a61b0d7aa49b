import type { VDoc, VNode } from '../model/document';
import { freshId, idPrefix } from '../model/ids';

export interface NewNode {
  kind: string;
  label?: string;
  props?: Record<string, unknown>;
  parent?: string;
  position?: { x: number; y: number };
  /** Where among the parent's children (0 = leftmost); default: last. */
  siblingIndex?: number;
  id?: string;
}

/** Adds an element on `parent` (or as a new stack), returning the document and its id. */
export function addNode(doc: VDoc, spec: NewNode): { doc: VDoc; id: string } | null {
  const taken = new Set(doc.nodes.map((n) => n.id));
  if (spec.id !== undefined && taken.has(spec.id)) return null;
  if (spec.parent !== undefined && !taken.has(spec.parent)) return null;
  const id = spec.id ?? freshId(idPrefix(spec.kind), (c) => taken.has(c));
  const node: VNode = {
    id,
    kind: spec.kind,
    ...(spec.parent === undefined ? {} : { parent: spec.parent }),
    ...(spec.label === undefined ? {} : { label: spec.label }),
    ...(spec.parent === undefined && spec.position ? { position: spec.position } : {}),
    props: { ...spec.props },
  };
  const nodes = doc.nodes.slice();
  nodes.splice(insertionIndex(doc, spec.parent, spec.siblingIndex), 0, node);
  return { doc: { ...doc, nodes }, id };
}

/**
 * The index in `nodes` that puts a new child at `siblingIndex` among `parent`'s children
 * (siblings are ordered by their order in `nodes`).
 */
export function insertionIndex(
  doc: VDoc,
  parent: string | undefined,
  siblingIndex: number | undefined,
): number {
  if (siblingIndex === undefined) return doc.nodes.length;
  let seen = 0;
  for (let i = 0; i < doc.nodes.length; i++) {
    if (doc.nodes[i]!.parent === parent) {
      if (seen === siblingIndex) return i;
      seen++;
    }
  }
  return doc.nodes.length;
}
