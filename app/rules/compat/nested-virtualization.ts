import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { RuleModule } from '../types';
import { docFacts, isOff, propFix } from './prop-fix';

/** For a hypervisor nested in a guest OS: the guest and the hypervisor that hides VT-x from it. */
function hidingHypervisor(facts: Facts, hv: VNode): { guest: VNode; outer: VNode } | undefined {
  if (hv.kind !== 'hypervisor' || !isOff(hv.props.emulation)) return undefined;
  const guest = facts.parent(hv);
  if (guest?.kind !== 'os') return undefined;
  const outer = facts.parent(guest);
  if (outer?.kind !== 'hypervisor' || !isOff(outer.props.nestedVirtualization)) return undefined;
  return { guest, outer };
}

export const nestedVirtualization: RuleModule = {
  meta: {
    id: 'compat/nested-virtualization',
    category: 'compat',
    severity: 'error',
    kinds: ['hypervisor'],
    title: 'Nested hypervisor without nested virtualization',
    explanation:
      'A guest machine sees only the virtual CPU its hypervisor gives it, and that CPU has no virtualization extensions unless the hypervisor exposes them (nested virtualization). A hypervisor inside a guest OS therefore cannot run its own guests directly on the CPU; it needs nested virtualization beneath, or emulation.',
  },
  checkNode(node, { facts }, report) {
    const found = hidingHypervisor(facts, node);
    if (!found) return;
    report(
      `Hypervisor ${nameOf(node)} runs inside guest ${nameOf(found.guest)}, but its hypervisor ${nameOf(found.outer)} does not have nested virtualization turned on`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const hv = facts.node(diagnostic.elements[0] ?? '');
    const found = hv && hidingHypervisor(facts, hv);
    if (!found) return [];
    return [
      propFix(
        `Turn on nested virtualization on ${nameOf(found.outer)}`,
        found.outer.id,
        'nestedVirtualization',
        true,
      ),
    ];
  },
};
