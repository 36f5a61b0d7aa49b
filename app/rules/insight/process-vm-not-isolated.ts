import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';

export const processVmNotIsolated: RuleModule = {
  meta: {
    id: 'insight/process-vm-not-isolated',
    category: 'insight',
    severity: 'info',
    kinds: ['runtime'],
    title: 'A process VM is not isolated',
    explanation:
      'Process VMs such as the JVM or Node.js "are not real VMs, they are just processes that run on the host OS"; "they are not isolated from the host OS, they can access the host OS resources". Only a system VM isolates its guest.',
    defaultOff: true,
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'runtime') return;
    const host = facts.parent(node);
    if (!host) return;
    report(
      `Runtime ${nameOf(node)} is a process VM: a process on ${nameOf(host)}, not isolated from it`,
      [node.id],
    );
  },
};
