import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';
import { linkDriver } from './link-driver';

export const driverNone: RuleModule = {
  meta: {
    id: 'network/driver-none',
    category: 'network',
    severity: 'warning',
    title: 'Link without networking',
    explanation:
      'A link joins elements through a network driver, and the none driver gives a container no network at all beyond its own loopback interface. A link with it carries nothing: the elements it joins cannot reach each other.',
  },
  checkLink(link, { facts }, report) {
    if (linkDriver(link) !== 'none') return;
    report(
      `Link ${nameOf(link)} between ${nameOf(facts.node(link.from), link.from)} and ${nameOf(facts.node(link.to), link.to)} has driver none: no networking`,
      [link.id],
    );
  },
  fixes(doc, diagnostic) {
    const id = diagnostic.elements[0];
    const link = doc.links.find((l) => l.id === id);
    if (!link || linkDriver(link) !== 'none') return [];
    return [
      {
        title: 'Remove the link',
        apply: (d) => ({ ...d, links: d.links.filter((l) => l.id !== link.id) }),
      },
    ];
  },
};
