import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Arch } from '../../model/kinds';
import type { RuleModule } from '../types';
import { docFacts, propFix } from './prop-fix';

function mismatch(facts: Facts, container: VNode): { own: Arch; beneath: Arch } | undefined {
  if (container.kind !== 'container') return undefined;
  const raw = container.props.arch;
  if (raw === undefined || raw === 'multi') return undefined;
  const own = facts.str(container, 'arch');
  // A multi-arch image carries a variant for each arch: it fits whatever is beneath.
  if (!own || own === 'multi') return undefined;
  const below = facts.parent(container);
  const beneath = below && facts.effectiveArch(below);
  if (!beneath || beneath === own) return undefined;
  return { own: own as Arch, beneath };
}

export const containerArch: RuleModule = {
  meta: {
    id: 'compat/container-arch',
    category: 'compat',
    severity: 'error',
    kinds: ['container'],
    title: 'Container image for another architecture',
    explanation:
      'A docker image depends on the architecture: its programs are native code that runs as processes on the shared kernel, directly on the CPU beneath. An image built for another architecture does not run unless it is a multi-arch image.',
  },
  checkNode(node, { facts }, report) {
    const m = mismatch(facts, node);
    if (!m) return;
    report(`Container ${nameOf(node)} has an image built for ${m.own}, but runs on ${m.beneath}`, [
      node.id,
    ]);
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const container = facts.node(diagnostic.elements[0] ?? '');
    const m = container && mismatch(facts, container);
    if (!container || !m) return [];
    return [
      propFix('Use a multi-arch image', container.id, 'arch', 'multi'),
      propFix(`Use an image built for ${m.beneath}`, container.id, 'arch', m.beneath),
    ];
  },
};
