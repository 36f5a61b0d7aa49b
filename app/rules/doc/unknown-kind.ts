import { nameOf } from '../../model/document';
import { LINK_KINDS, isKind } from '../../model/kinds';
import { clip, linkSubject } from '../naming';
import type { RuleModule } from '../types';

export const unknownKind: RuleModule = {
  meta: {
    id: 'doc/unknown-kind',
    category: 'doc',
    severity: 'warning',
    kinds: 'unknown',
    title: 'Element of an unknown kind',
    explanation:
      'This version of vtopo does not know the kind (it may come from a newer file, or be a typo). The element is kept and drawn as a plain box, but no rule knows where such a thing belongs, so nothing about it is checked.',
  },
  checkNode(node, _ctx, report) {
    if (isKind(node.kind)) return;
    report(
      `${nameOf(node)} is of unknown kind "${clip(String(node.kind))}": it is kept as a plain box and not checked`,
      [node.id],
    );
  },
  checkLink(link, _ctx, report) {
    if ((LINK_KINDS as readonly string[]).includes(link.kind)) return;
    report(
      `${linkSubject(link.id)} is of unknown kind "${clip(String(link.kind))}": it is kept and not checked`,
      [link.id],
    );
  },
};
