// Copy and paste of elements with everything on them (and the links among them), with
// fresh ids on paste so a fragment can be pasted any number of times.
import type { VDoc, VLink, VNode } from '../model/document';
import { buildIndex } from '../model/facts';
import { freshId, idPrefix } from '../model/ids';
import { insertionIndex } from './add-node';

export interface Fragment {
  readonly format: 'vtopo-fragment';
  /** The copied elements in document order; roots keep their original parent. */
  readonly nodes: readonly VNode[];
  readonly links: readonly VLink[];
  readonly roots: readonly { readonly id: string; readonly parent?: string }[];
}

export function copyFragment(doc: VDoc, ids: readonly string[]): Fragment | null {
  const index = buildIndex(doc);
  const chosen = new Set<string>();
  const todo = ids.filter((id) => index.byId.has(id));
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (chosen.has(id)) continue;
    chosen.add(id);
    for (const c of index.children(id)) todo.push(c.id);
  }
  if (chosen.size === 0) return null;
  const nodes = doc.nodes.filter((n) => chosen.has(n.id));
  const roots = nodes
    .filter((n) => n.parent === undefined || !chosen.has(n.parent))
    .map((n) => (n.parent === undefined ? { id: n.id } : { id: n.id, parent: n.parent }));
  const links = doc.links.filter((l) => chosen.has(l.from) && chosen.has(l.to));
  return { format: 'vtopo-fragment', nodes, links, roots };
}

/**
 * Inserts a copy of a fragment: its roots on `parent` (after its children), or with
 * `parent` undefined as new stacks shifted by `offset` from where the originals stood.
 */
export function pasteFragment(
  doc: VDoc,
  fragment: Fragment,
  parent: string | undefined,
  offset: { x: number; y: number },
): { doc: VDoc; roots: string[] } | null {
  if (fragment.nodes.length === 0) return null;
  const taken = new Set<string>();
  for (const n of doc.nodes) taken.add(n.id);
  for (const l of doc.links) taken.add(l.id);
  if (parent !== undefined && !taken.has(parent)) return null;
  const rename = new Map<string, string>();
  for (const n of fragment.nodes) {
    const id = freshId(idPrefix(n.kind), (c) => taken.has(c));
    taken.add(id);
    rename.set(n.id, id);
  }
  const rootIds = new Set(fragment.roots.map((r) => r.id));
  let stackX = 0;
  const copies: VNode[] = fragment.nodes.map((n) => {
    const { parent: oldParent, position, ...rest } = n;
    const id = rename.get(n.id)!;
    if (!rootIds.has(n.id)) return { ...rest, id, parent: rename.get(oldParent!)! };
    if (parent !== undefined) return { ...rest, id, parent };
    const at = position ?? { x: (stackX += 40), y: 0 };
    return { ...rest, id, position: { x: at.x + offset.x, y: at.y + offset.y } };
  });
  const links = fragment.links.map((l) => {
    const id = freshId('l', (c) => taken.has(c));
    taken.add(id);
    return { ...l, id, from: rename.get(l.from)!, to: rename.get(l.to)! };
  });
  const nodes = doc.nodes.slice();
  // Roots go after the target's last child, the rest after them (order among them kept).
  const at =
    parent === undefined ? nodes.length : insertionIndex(doc, parent, Number.MAX_SAFE_INTEGER);
  nodes.splice(at, 0, ...copies);
  return {
    doc: { ...doc, nodes, links: [...doc.links, ...links] },
    roots: fragment.roots.map((r) => rename.get(r.id)!),
  };
}
