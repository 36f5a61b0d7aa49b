import type { VDoc } from '../model/document';
import { buildIndex } from '../model/facts';

/**
 * Deletes elements and links, with everything that sits on a deleted element and every
 * link that touches one.
 */
export function deleteElements(doc: VDoc, ids: readonly string[]): VDoc | null {
  const index = buildIndex(doc);
  const gone = new Set<string>();
  const todo = [...ids];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (gone.has(id)) continue;
    gone.add(id);
    for (const child of index.children(id)) todo.push(child.id);
  }
  const nodes = doc.nodes.filter((n) => !gone.has(n.id));
  const links = doc.links.filter((l) => !gone.has(l.id) && !gone.has(l.from) && !gone.has(l.to));
  if (nodes.length === doc.nodes.length && links.length === doc.links.length) return null;
  return { ...doc, nodes, links };
}
