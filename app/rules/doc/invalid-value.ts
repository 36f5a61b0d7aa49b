import { KINDS } from '../../model/kinds';
import type { Fix, RuleModule } from '../types';
import { forEachLinkProblem, forEachNodeProblem, forEachSettingsProblem } from './value-problems';

export const invalidValue: RuleModule = {
  meta: {
    id: 'doc/invalid-value',
    category: 'doc',
    severity: 'error',
    kinds: KINDS,
    title: 'Value outside its domain, or a required value missing',
    explanation:
      'Each prop has a domain: an architecture from the list, a memory size that is not negative, a hypervisor that is type 1 or type 2. A value outside it is kept as written but not believed, so the rules that need it skip the element until it is fixed.',
  },
  checkNode(node, { facts }, report) {
    if (facts.propsInDomain(node)) return;
    forEachNodeProblem(node, (message) => report(message, [node.id]));
  },
  checkLink(link, _ctx, report) {
    forEachLinkProblem(link, (message) => report(message, [link.id]));
  },
  checkDoc(doc, _ctx, report) {
    forEachSettingsProblem(doc.settings, (message) => report(message, []));
  },
  fixes(doc, diagnostic) {
    let fixes: Fix[] = [];
    const match = (message: string, make: () => Fix[]) => {
      if (message === diagnostic.message) fixes = make();
    };
    const id = diagnostic.elements[0];
    if (id === undefined) {
      forEachSettingsProblem(doc.settings, match);
      return fixes;
    }
    const node = doc.nodes.find((n) => n.id === id);
    if (node) forEachNodeProblem(node, match);
    if (fixes.length > 0) return fixes;
    const link = doc.links.find((l) => l.id === id);
    if (link) forEachLinkProblem(link, match);
    return fixes;
  },
};
