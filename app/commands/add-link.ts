import type { VDoc } from '../model/document';
import type { LinkDriver } from '../model/kinds';
import { freshId } from '../model/ids';

export function addLink(
  doc: VDoc,
  from: string,
  to: string,
  driver: LinkDriver = 'bridge',
): { doc: VDoc; id: string } | null {
  if (from === to) return null;
  const ids = new Set(doc.nodes.map((n) => n.id));
  if (!ids.has(from) || !ids.has(to)) return null;
  const taken = new Set(doc.links.map((l) => l.id));
  const id = freshId('l', (c) => taken.has(c) || ids.has(c));
  const link = { id, from, to, kind: 'network', props: { driver } };
  return { doc: { ...doc, links: [...doc.links, link] }, id };
}
