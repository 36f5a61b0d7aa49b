import { nameOf } from '../../model/document';
import type { RuleModule } from '../types';
import { described } from '../naming';
import { placedOn } from './placement';

export const osPlacement: RuleModule = {
  meta: {
    id: 'stack/os-placement',
    category: 'stack',
    severity: 'error',
    kinds: ['os'],
    title: 'OS on neither hardware nor a hypervisor',
    explanation:
      'An operating system runs either directly on hardware, as the host OS that manages the machine, or on a hypervisor, as a guest OS in a virtual machine. Nothing else provides the machine an OS needs.',
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'os') return;
    const parent = placedOn(facts, node);
    if (!parent || parent.kind === 'hardware' || parent.kind === 'hypervisor') return;
    report(`OS ${nameOf(node)} sits on ${described(parent)}, not on hardware or a hypervisor`, [
      node.id,
    ]);
  },
};
