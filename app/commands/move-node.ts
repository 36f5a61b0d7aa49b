import type { VDoc, VNode } from '../model/document';
import { insertionIndex } from './add-node';
import { indexOfNode } from './util';

/**
 * Moves an element, with everything on it, onto `parent` at `siblingIndex` (default: last),
 * or with `parent` undefined, makes it a stack of its own at `position`. Refuses to put an
 * element on itself or on something that sits on it.
 */
export function moveNode(
  doc: VDoc,
  id: string,
  parent: string | undefined,
  siblingIndex?: number,
  position?: { x: number; y: number },
): VDoc | null {
  const i = indexOfNode(doc, id);
  const node = doc.nodes[i];
  if (!node) return null;
  if (parent !== undefined) {
    if (indexOfNode(doc, parent) < 0) return null;
    if (sitsOn(doc, parent, id)) return null;
  }
  const { parent: _p, position: _pos, ...rest } = node;
  const moved: VNode = {
    ...rest,
    ...(parent === undefined ? {} : { parent }),
    ...(parent === undefined && (position ?? node.position)
      ? { position: position ?? node.position! }
      : {}),
  };
  const without = { ...doc, nodes: doc.nodes.filter((_, k) => k !== i) };
  const at = insertionIndex(without, parent, siblingIndex);
  const nodes = without.nodes.slice();
  nodes.splice(at, 0, moved);
  return { ...doc, nodes };
}

/** Whether `upper` is `lower` or stands somewhere above it (bounded walk). */
export function sitsOn(doc: VDoc, upper: string, lower: string): boolean {
  const parentOf = new Map<string, string | undefined>();
  for (const n of doc.nodes) if (!parentOf.has(n.id)) parentOf.set(n.id, n.parent);
  let cur: string | undefined = upper;
  for (let steps = 0; cur !== undefined && steps <= doc.nodes.length; steps++) {
    if (cur === lower) return true;
    cur = parentOf.get(cur);
  }
  return false;
}
