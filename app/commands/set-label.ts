import type { VDoc } from '../model/document';
import { indexOfNode, replaceNode } from './util';

export function setLabel(doc: VDoc, id: string, label: string): VDoc | null {
  const i = indexOfNode(doc, id);
  const node = doc.nodes[i];
  if (!node || node.label === label) return null;
  return replaceNode(doc, i, { ...node, label });
}
