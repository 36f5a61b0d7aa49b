import type { VDoc } from '../model/document';
import { indexOfNode, replaceNode } from './util';

/** Moves a stack: sets where its root stands on the canvas. */
export function setPosition(
  doc: VDoc,
  id: string,
  position: { x: number; y: number },
): VDoc | null {
  const i = indexOfNode(doc, id);
  const node = doc.nodes[i];
  if (!node) return null;
  if (node.position && node.position.x === position.x && node.position.y === position.y)
    return null;
  return replaceNode(doc, i, { ...node, position: { x: position.x, y: position.y } });
}
