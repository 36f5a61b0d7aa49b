import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Arch } from '../../model/kinds';
import type { RuleModule } from '../types';
import { docFacts, propFix } from './prop-fix';

function mismatch(facts: Facts, os: VNode): { hw: VNode; own: Arch; hwArch: Arch } | undefined {
  if (os.kind !== 'os' || os.props.arch === undefined || !facts.isHostOs(os)) return undefined;
  const own = facts.str(os, 'arch') as Arch | undefined;
  const hw = facts.parent(os);
  const hwArch = hw && facts.effectiveArch(hw);
  if (!own || !hw || !hwArch || own === hwArch) return undefined;
  return { hw, own, hwArch };
}

export const hostOsArch: RuleModule = {
  meta: {
    id: 'compat/host-os-arch',
    category: 'compat',
    severity: 'error',
    kinds: ['os'],
    title: 'Host OS built for another architecture',
    explanation:
      "A host OS runs directly on the hardware and manages it, so its kernel executes the hardware's own instruction set: an OS built for another architecture cannot boot there. Only a hypervisor with emulation can run code of another architecture.",
  },
  checkNode(node, { facts }, report) {
    const m = mismatch(facts, node);
    if (!m) return;
    report(
      `Host OS ${nameOf(node)} is built for ${m.own}, but its hardware ${nameOf(m.hw)} is ${m.hwArch}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const os = facts.node(diagnostic.elements[0] ?? '');
    const m = os && mismatch(facts, os);
    if (!os || !m) return [];
    return [propFix(`Match the hardware's arch (${m.hwArch})`, os.id, 'arch', m.hwArch)];
  },
};
