import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';
import { guestArchMismatch } from './guest-arch-mismatch';

export const emulatedGuest: RuleModule = {
  meta: {
    id: 'compat/emulated-guest',
    category: 'compat',
    severity: 'info',
    kinds: ['os'],
    title: 'Guest OS runs emulated',
    explanation:
      "A virtual machine is the virtualization or emulation of a computer system. This guest is built for another architecture, so its hypervisor emulates: it translates every instruction into the host's, which works but runs many times slower than virtualization.",
  },
  checkNode(node, { facts }, report) {
    const m = guestArchMismatch(facts, node);
    if (!m || !m.emulation) return;
    report(
      `Guest OS ${nameOf(node)} (${m.own}) runs emulated by ${nameOf(m.hv)} on ${m.beneath}: translated instruction by instruction, slowly`,
      [node.id],
    );
  },
};
