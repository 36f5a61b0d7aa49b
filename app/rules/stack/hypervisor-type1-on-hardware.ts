import { setProp } from '../../commands/set-prop';
import { nameOf } from '../../model/document';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';
import { described } from '../naming';
import { placedOn } from './placement';

export const hypervisorType1OnHardware: RuleModule = {
  meta: {
    id: 'stack/hypervisor-type1-on-hardware',
    category: 'stack',
    severity: 'error',
    kinds: ['hypervisor'],
    title: 'Type-1 hypervisor not on bare hardware',
    explanation:
      "A type-1 hypervisor is native, or bare-metal: it runs directly on the host's hardware to control the hardware and manage the guest operating systems. One that runs on top of an operating system is a type-2 (hosted) hypervisor.",
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'hypervisor' || facts.str(node, 'hypervisorType') !== 'type1') return;
    const parent = placedOn(facts, node);
    if (!parent || parent.kind === 'hardware') return;
    report(`Type-1 hypervisor ${nameOf(node)} sits on ${described(parent)}, not on hardware`, [
      node.id,
    ]);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(hypervisorType1OnHardware, doc, diagnostic);
    if (!found || found.facts.parent(found.node)?.kind !== 'os') return [];
    const { id } = found.node;
    return [
      {
        title: 'Make it a type-2 hypervisor',
        apply: (d) => setProp(d, id, 'hypervisorType', 'type2') ?? d,
      },
    ];
  },
};
