import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';
import { exceeds, fmt } from './machine';

const MIB_PER_GIB = 1024;

export const containerMemory: RuleModule = {
  meta: {
    id: 'resources/container-memory',
    category: 'resources',
    severity: 'warning',
    kinds: ['os'],
    title: 'Containers limited to more memory than their OS has',
    explanation:
      "Containers are lightweight processes sharing the OS kernel, and so they share that OS's memory too: their memory limits are slices of one machine, not separate machines. Limits adding up to more than the OS has cannot all be met, and the kernel kills containers when memory runs out.",
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'os') return;
    // Indexed loops: `for of` over the frozen empty list of a childless element made an
    // iterator object per OS and engine on every pass.
    let totalMiB = 0;
    const engines = facts.children(node);
    for (let e = 0; e < engines.length; e++) {
      const engine = engines[e]!;
      if (engine.kind !== 'container-engine') continue;
      const containers = facts.children(engine);
      for (let k = 0; k < containers.length; k++) {
        const c = containers[k]!;
        if (c.kind === 'container' && c.props.memoryMiB !== undefined) {
          totalMiB += facts.num(c, 'memoryMiB') ?? 0;
        }
      }
    }
    if (totalMiB === 0) return;
    // A guest gives its VM's memory; a host OS has its hardware's.
    const owner = facts.isGuestOs(node)
      ? node
      : facts.isHostOs(node)
        ? facts.parent(node)
        : undefined;
    const capGiB = owner && facts.num(owner, 'memoryGiB');
    if (!owner || capGiB === undefined) return;
    const capMiB = capGiB * MIB_PER_GIB;
    if (!exceeds(totalMiB, capMiB)) return;
    const has =
      owner === node
        ? `its ${fmt(capGiB)} GiB`
        : `the ${fmt(capGiB)} GiB of its hardware ${nameOf(owner)}`;
    report(
      `The containers on ${nameOf(node)} are limited to ${fmt(totalMiB)} MiB of memory in all, more than ${has} (${fmt(capMiB)} MiB)`,
      [node.id],
    );
  },
};
