import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';

export const containersShareKernel: RuleModule = {
  meta: {
    id: 'insight/containers-share-kernel',
    category: 'insight',
    severity: 'info',
    kinds: ['container-engine'],
    title: 'Containers share the kernel',
    explanation:
      'Containers "share the OS kernel with other containers, running as lightweight processes", so their start-up time is fast (well under a second) and they take little disk space, where each VM boots and stores a whole OS.',
    defaultOff: true,
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'container-engine') return;
    let count = 0;
    for (const c of facts.children(node)) if (c.kind === 'container') count++;
    if (count === 0) return;
    const os = facts.osBeneath(node);
    const kernel = os ? `the kernel of ${nameOf(os)}` : 'one kernel';
    const who = count === 1 ? 'The container on' : `The ${count} containers on`;
    const [shares, start] = count === 1 ? ['shares', 'starts'] : ['share', 'start'];
    report(
      `${who} ${nameOf(node)} ${shares} ${kernel} and ${start} in well under a second, where a VM boots a whole OS`,
      [node.id],
    );
  },
};
