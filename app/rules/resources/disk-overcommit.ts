import type { RuleModule } from '../types';
import { exceeds, fmt, isMachine, machineName, sumOver } from './machine';

export const diskOvercommit: RuleModule = {
  meta: {
    id: 'resources/disk-overcommit',
    category: 'resources',
    severity: 'warning',
    kinds: ['hardware', 'os'],
    title: 'Guests have more disk than the machine',
    explanation:
      "Virtual machines take large disk space: each guest machine's virtual disk holds a whole OS, stored on its host machine. When the guests' disks add up to more than the host has, thin-provisioned disks fill the host and the guests stop when it runs out.",
  },
  checkNode(node, { facts }, report) {
    if (!isMachine(facts, node)) return;
    const guests = facts.guestsOf(node);
    const cap = guests.length === 0 ? undefined : facts.num(node, 'diskGiB');
    if (cap === undefined) return;
    const total = sumOver(facts, guests, 'diskGiB');
    if (!exceeds(total, cap)) return;
    report(
      `The guests of ${machineName(node)} have ${fmt(total)} GiB of disk in all, more than its ${fmt(cap)} GiB`,
      [node.id],
    );
  },
};
