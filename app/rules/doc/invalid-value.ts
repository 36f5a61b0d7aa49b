import { KINDS } from '../../model/kinds';
import type { VLink, VNode } from '../../model/document';
import type { Fix, Report, RuleModule } from '../types';
import {
  forEachLinkProblem,
  forEachNodeProblem,
  forEachSettingsProblem,
  linkInDomain,
} from './value-problems';

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
    reportNodeProblems(node, report);
  },
  checkLink(link, _ctx, report) {
    if (!linkInDomain(link)) reportLinkProblems(link, report);
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

// The reporting closures live out here, made only for a finding: a check whose parameters a
// closure captures allocates a context for them on every call, found or not (10,000 per pass).
function reportNodeProblems(node: VNode, report: Report): void {
  forEachNodeProblem(node, (message) => report(message, [node.id]));
}

function reportLinkProblems(link: VLink, report: Report): void {
  forEachLinkProblem(link, (message) => report(message, [link.id]));
}
