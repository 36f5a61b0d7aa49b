import { IdSlots } from '../../model/id-slots';
import type { RuleModule } from '../types';

export const duplicateId: RuleModule = {
  meta: {
    id: 'doc/duplicate-id',
    category: 'doc',
    severity: 'error',
    title: 'Id shared by two elements or links',
    explanation:
      'Every element and link has an id of its own: parents and links name elements by id, so an id shared by two things leaves it unclear what sits on what. The first element with the id is the one that counts.',
  },
  checkDoc(doc, { facts }, report) {
    // The index already holds one entry per node id: equal sizes mean no two nodes share one.
    let shared = facts.index.byId.size !== doc.nodes.length;
    if (!shared) shared = new IdSlots(doc.links).size !== doc.links.length;
    if (!shared) {
      const { byId } = facts.index;
      for (let i = 0; i < doc.links.length && !shared; i++) shared = byId.has(doc.links[i]!.id);
    }
    if (!shared) return;
    const counts = new Map<string, { nodes: number; links: number }>();
    const count = (id: string, isLink: boolean) => {
      const c = counts.get(id) ?? { nodes: 0, links: 0 };
      if (isLink) c.links++;
      else c.nodes++;
      counts.set(id, c);
    };
    for (const node of doc.nodes) count(node.id, false);
    for (const link of doc.links) count(link.id, true);
    for (const [id, c] of counts) {
      if (c.nodes + c.links < 2) continue;
      const parts: string[] = [];
      if (c.nodes > 0) parts.push(c.nodes === 1 ? 'an element' : `${c.nodes} elements`);
      if (c.links > 0) parts.push(c.links === 1 ? 'a link' : `${c.links} links`);
      report(`The id "${id}" is shared by ${parts.join(' and ')}`, [id]);
    }
  },
};
