import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';
import { guestArchMismatch } from './guest-arch-mismatch';
import { docFacts, propFix } from './prop-fix';

export const guestArch: RuleModule = {
  meta: {
    id: 'compat/guest-arch',
    category: 'compat',
    severity: 'error',
    kinds: ['os'],
    title: 'Guest OS of another architecture without emulation',
    explanation:
      "A hypervisor virtualizes the machine, not its instruction set: a guest's code runs on the host's CPU, so a guest OS built for another architecture cannot run. Only emulation (such as QEMU translating instruction by instruction) runs a guest of another architecture.",
  },
  checkNode(node, { facts }, report) {
    const m = guestArchMismatch(facts, node);
    if (!m || m.emulation) return;
    report(
      `Guest OS ${nameOf(node)} is built for ${m.own}, but hypervisor ${nameOf(m.hv)} runs on ${m.beneath} without emulation`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const guest = facts.node(diagnostic.elements[0] ?? '');
    const m = guest && guestArchMismatch(facts, guest);
    if (!guest || !m || m.emulation) return [];
    return [
      propFix(`Turn on emulation on ${nameOf(m.hv)}`, m.hv.id, 'emulation', true),
      propFix(`Build the guest for ${m.beneath}`, guest.id, 'arch', m.beneath),
    ];
  },
};
