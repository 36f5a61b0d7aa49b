import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';

export const type2DoubleTranslation: RuleModule = {
  meta: {
    id: 'insight/type2-double-translation',
    category: 'insight',
    severity: 'info',
    kinds: ['hypervisor'],
    title: 'A type-2 hypervisor translates twice',
    explanation:
      'A type-2 hypervisor "runs on top of an existing operating system (OS) as a software application" and "the host OS is responsible for managing the hardware". So a guest\'s memory accesses are translated twice: from guest to the host OS\'s process, and by the host OS to the hardware, where a type-1 hypervisor translates once.',
    defaultOff: true,
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'hypervisor' || facts.str(node, 'hypervisorType') !== 'type2') return;
    const host = facts.parent(node);
    if (host?.kind !== 'os') return;
    report(
      `Type-2 hypervisor ${nameOf(node)} runs as an application on ${nameOf(host)}: its guests' addresses are translated twice, guest to host OS and host OS to hardware`,
      [node.id],
    );
  },
};
