import { setProp } from '../../commands/set-prop';
import { nameOf } from '../../model/document';
import { recheckNode } from '../recheck';
import type { Fix, RuleModule } from '../types';
import { described } from '../naming';
import { insertOsFix, placedOn } from './placement';

export const hypervisorType2OnOs: RuleModule = {
  meta: {
    id: 'stack/hypervisor-type2-on-os',
    category: 'stack',
    severity: 'error',
    kinds: ['hypervisor'],
    title: 'Type-2 hypervisor not on an OS',
    explanation:
      'A type-2 hypervisor is hosted: it runs on top of an existing operating system as a software application, and the host OS manages the hardware while the hypervisor manages the guest OSes. One that runs directly on hardware is a type-1 (bare-metal) hypervisor.',
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'hypervisor' || facts.str(node, 'hypervisorType') !== 'type2') return;
    const parent = placedOn(facts, node);
    if (!parent || parent.kind === 'os') return;
    report(`Type-2 hypervisor ${nameOf(node)} sits on ${described(parent)}, not on an OS`, [
      node.id,
    ]);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(hypervisorType2OnOs, doc, diagnostic);
    const beneath = found && found.facts.parent(found.node);
    if (!found || !beneath) return [];
    const { id } = found.node;
    const fixes: Fix[] = [];
    const os = insertOsFix(id, beneath);
    if (os) fixes.push(os);
    if (beneath.kind === 'hardware') {
      fixes.push({
        title: 'Make it a type-1 hypervisor',
        apply: (d) => setProp(d, id, 'hypervisorType', 'type1') ?? d,
      });
    }
    return fixes;
  },
};
