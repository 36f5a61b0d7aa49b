import { nameOf } from '../../model/document';
import { linkSubject } from '../naming';
import { recheckLink } from '../recheck';
import type { RuleModule } from '../types';

export const danglingLink: RuleModule = {
  meta: {
    id: 'doc/dangling-link',
    category: 'doc',
    severity: 'error',
    title: 'Link to an element that does not exist',
    explanation:
      'A network link joins two elements by their ids. When an end names no element (deleted, or mistyped in the file), the link connects nothing on that side.',
  },
  checkLink(link, { facts }, report) {
    const from = facts.node(link.from);
    const to = facts.node(link.to);
    if (from && to) return;
    const ends = `${nameOf(from, link.from)} and ${nameOf(to, link.to)}`;
    const missing =
      !from && !to
        ? 'neither of which names an element'
        : `but ${nameOf(undefined, from ? link.to : link.from)} names no element`;
    report(`${linkSubject(link.id)} joins ${ends}, ${missing}`, [link.id]);
  },
  fixes(doc, diagnostic) {
    const found = recheckLink(danglingLink, doc, diagnostic);
    if (!found) return [];
    const { id } = found.link;
    return [
      {
        title: 'Delete the link',
        apply: (d) => ({ ...d, links: d.links.filter((l) => l.id !== id) }),
      },
    ];
  },
};
