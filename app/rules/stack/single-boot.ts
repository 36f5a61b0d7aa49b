import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import { isKind } from '../../model/kinds';
import type { RuleModule } from '../types';

export const singleBoot: RuleModule = {
  meta: {
    id: 'stack/single-boot',
    category: 'stack',
    severity: 'error',
    kinds: ['hardware'],
    title: 'Hardware carries more than one element',
    explanation:
      'A physical machine boots one thing directly on its hardware: one host OS, one type-1 (bare-metal) hypervisor, or one binary. More operating systems run as guest machines on a hypervisor, more software on the host OS.',
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'hardware') return;
    const kids = facts.children(node);
    if (kids.length < 2) return;
    // Elements of unknown kind are plain boxes that no placement rule speaks about.
    const carried: VNode[] = [];
    for (const kid of kids) if (isKind(kid.kind)) carried.push(kid);
    if (carried.length < 2) return;
    report(
      `Hardware ${nameOf(node)} carries ${carried.length} elements, ${listed(carried)}: a machine boots one host OS, one type-1 hypervisor or one binary`,
      [node.id],
    );
  },
};

function listed(nodes: readonly VNode[]): string {
  const shown = nodes.slice(0, 3).map((n) => nameOf(n));
  const more = nodes.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}
