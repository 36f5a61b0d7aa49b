import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { RuleModule } from '../types';

/**
 * Whether an element boots right on hardware when placed there: a host OS, a type-1
 * hypervisor, a binary. Anything else on hardware is misplaced, and its own placement rule
 * says so (once, on it); neither that nor an element of unknown kind counts here.
 */
function boots(facts: Facts, node: VNode): boolean {
  switch (node.kind) {
    case 'os':
      return true;
    case 'hypervisor':
      return facts.str(node, 'hypervisorType') === 'type1';
    case 'app':
      return facts.str(node, 'artifact') === 'binary';
    default:
      return false;
  }
}

export const singleBoot: RuleModule = {
  meta: {
    id: 'stack/single-boot',
    category: 'stack',
    severity: 'error',
    kinds: ['hardware'],
    title: 'Hardware boots more than one element',
    explanation:
      'A physical machine boots one thing directly on its hardware: one host OS, one type-1 (bare-metal) hypervisor, or one binary. More operating systems run as guest machines on a hypervisor, more software on the host OS.',
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'hardware') return;
    const kids = facts.children(node);
    if (kids.length < 2) return;
    // Asked of every hardware on every pass: a list only for a finding.
    let count = 0;
    for (let k = 0; k < kids.length && count < 2; k++) if (boots(facts, kids[k]!)) count++;
    if (count < 2) return;
    const booted = bootedOf(facts, kids);
    report(
      `Hardware ${nameOf(node)} carries ${booted.length} elements that each boot it, ${listed(booted)}: a machine boots one host OS, one type-1 hypervisor or one binary`,
      [node.id],
    );
  },
};

// Out of the check: a closure there capturing `facts` would cost a context on every call.
function bootedOf(facts: Facts, kids: readonly VNode[]): VNode[] {
  return kids.filter((kid) => boots(facts, kid));
}

function listed(nodes: readonly VNode[]): string {
  const shown = nodes.slice(0, 3).map((n) => nameOf(n));
  const more = nodes.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}
