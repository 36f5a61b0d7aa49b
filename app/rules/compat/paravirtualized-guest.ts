import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { RuleModule } from '../types';
import { docFacts, isOff, propFix } from './prop-fix';

/** The hypervisor that lacks paravirtualization under a paravirtualized guest, if any. */
function unsupported(facts: Facts, guest: VNode): VNode | undefined {
  if (guest.kind !== 'os' || guest.props.paravirtualized !== true) return undefined;
  const hv = facts.parent(guest);
  return hv?.kind === 'hypervisor' && isOff(hv.props.paravirtualization) ? hv : undefined;
}

export const paravirtualizedGuest: RuleModule = {
  meta: {
    id: 'compat/paravirtualized-guest',
    category: 'compat',
    severity: 'error',
    kinds: ['os'],
    title: 'Paravirtualized guest on a hypervisor without paravirtualization',
    explanation:
      'A paravirtualized guest OS has a modified kernel that calls its hypervisor instead of touching the hardware it believes it has. Those calls only work on a hypervisor that offers paravirtualization (such as Xen); elsewhere the guest cannot manage its machine.',
  },
  checkNode(node, { facts }, report) {
    const hv = unsupported(facts, node);
    if (!hv) return;
    report(
      `Guest OS ${nameOf(node)} is paravirtualized, but hypervisor ${nameOf(hv)} does not offer paravirtualization`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const guest = facts.node(diagnostic.elements[0] ?? '');
    const hv = guest && unsupported(facts, guest);
    if (!guest || !hv) return [];
    return [
      propFix(`Turn on paravirtualization on ${nameOf(hv)}`, hv.id, 'paravirtualization', true),
      propFix(`Use an unmodified kernel in ${nameOf(guest)}`, guest.id, 'paravirtualized', false),
    ];
  },
};
