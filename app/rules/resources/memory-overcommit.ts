import type { RuleModule } from '../types';
import { exceeds, fmt, isMachine, machineName, sumOver } from './machine';

export const memoryOvercommit: RuleModule = {
  meta: {
    id: 'resources/memory-overcommit',
    category: 'resources',
    severity: 'warning',
    kinds: ['hardware', 'os'],
    title: 'Guests have more memory than the machine',
    explanation:
      'The guest machines on one host machine share its memory, whichever hypervisor runs them. When their memory adds up to more than the host has, the hypervisor must swap or balloon guest memory, and the guests slow down or fail to start.',
  },
  checkNode(node, { facts }, report) {
    if (!isMachine(facts, node)) return;
    const guests = facts.guestsOf(node);
    const cap = guests.length === 0 ? undefined : facts.num(node, 'memoryGiB');
    if (cap === undefined) return;
    const total = sumOver(facts, guests, 'memoryGiB');
    if (!exceeds(total, cap)) return;
    report(
      `The guests of ${machineName(node)} have ${fmt(total)} GiB of memory in all, more than its ${fmt(cap)} GiB`,
      [node.id],
    );
  },
};
