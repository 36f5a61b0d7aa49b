import type { RuleModule } from '../types';
import { cpusPhrase, exceeds, fmt, isMachine, machineCpus, machineName, sumOver } from './machine';

export const vcpuOvercommit: RuleModule = {
  meta: {
    id: 'resources/vcpu-overcommit',
    category: 'resources',
    severity: 'warning',
    kinds: ['hardware', 'os'],
    title: 'Too many vCPUs for the machine',
    explanation:
      'A hypervisor may run multiple guest machines concurrently on a single host machine, sharing its CPUs among their vCPUs. Some overcommit is normal because guests are rarely all busy, but beyond the overcommit ratio (settings.cpuOvercommitRatio, default 4 vCPUs per CPU) the guests wait on each other and everything slows down.',
  },
  checkNode(node, { facts, cpuOvercommitRatio }, report) {
    if (!isMachine(facts, node)) return;
    const guests = facts.guestsOf(node);
    const cpus = guests.length === 0 ? undefined : machineCpus(facts, node);
    if (cpus === undefined) return;
    const total = sumOver(facts, guests, 'vcpus');
    const limit = cpus * cpuOvercommitRatio;
    if (!exceeds(total, limit)) return;
    report(
      `The guests of ${machineName(node)} have ${fmt(total)} vCPUs in all, more than its ${cpusPhrase(node, cpus)} × ${fmt(cpuOvercommitRatio)} (the overcommit ratio) = ${fmt(limit)}`,
      [node.id],
    );
  },
};
