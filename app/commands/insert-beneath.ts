import type { VDoc } from '../model/document';
import { addNode } from './add-node';
import type { NewNode } from './add-node';
import { indexOfNode, replaceNode } from './util';

/**
 * Puts a new element between `id` and what it sits on: the new element takes `id`'s place
 * (parent, position among siblings, stack position) and `id` moves onto it.
 */
export function insertBeneath(
  doc: VDoc,
  id: string,
  spec: Omit<NewNode, 'parent' | 'siblingIndex' | 'position'>,
): { doc: VDoc; id: string } | null {
  const i = indexOfNode(doc, id);
  const node = doc.nodes[i];
  if (!node) return null;
  const added = addNode(doc, {
    ...spec,
    ...(node.parent === undefined ? {} : { parent: node.parent }),
    ...(node.position ? { position: node.position } : {}),
  });
  if (!added) return null;
  // Put the new element where `id` stood in document order, then lift `id` onto it.
  const nodes = added.doc.nodes.slice();
  const fresh = nodes.pop()!;
  nodes.splice(i, 0, fresh);
  const { position: _dropped, ...rest } = node;
  const moved = { ...rest, parent: added.id };
  return { doc: replaceNode({ ...added.doc, nodes }, i + 1, moved), id: added.id };
}
