import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';

export const systemVmIsolated: RuleModule = {
  meta: {
    id: 'insight/system-vm-isolated',
    category: 'insight',
    severity: 'info',
    kinds: ['os'],
    title: 'A system VM is isolated',
    explanation:
      'System VMs "are real VMs": they are isolated from the host OS and cannot access its resources, because the hypervisor virtualizes the entire hardware for each guest machine.',
    defaultOff: true,
  },
  checkNode(node, { facts }, report) {
    if (!facts.isGuestOs(node)) return;
    const hv = facts.parent(node);
    if (!hv) return;
    report(
      `Guest ${nameOf(node)} runs in a system VM of ${nameOf(hv)}: isolated from its host, with a whole virtual machine of its own`,
      [node.id],
    );
  },
};
