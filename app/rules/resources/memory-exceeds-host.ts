import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import { docFacts, propFix } from '../compat/prop-fix';
import type { RuleModule } from '../types';
import { exceeds, fmt, machineName } from './machine';

function tooMuch(
  facts: Facts,
  guest: VNode,
): { mem: number; machine: VNode; cap: number } | undefined {
  if (guest.kind !== 'os' || guest.props.memoryGiB === undefined) return undefined;
  const mem = facts.num(guest, 'memoryGiB');
  const machine = mem === undefined ? undefined : facts.machineOf(guest);
  const cap = machine && facts.num(machine, 'memoryGiB');
  if (mem === undefined || !machine || cap === undefined || !exceeds(mem, cap)) return undefined;
  return { mem, machine, cap };
}

export const memoryExceedsHost: RuleModule = {
  meta: {
    id: 'resources/memory-exceeds-host',
    category: 'resources',
    severity: 'error',
    kinds: ['os'],
    title: 'Guest has more memory than its machine',
    explanation:
      "A guest machine's memory is carved out of its host machine's: the hypervisor backs every guest page with host memory. A single guest cannot be given more memory than the host machine has.",
  },
  checkNode(node, { facts }, report) {
    const m = tooMuch(facts, node);
    if (!m) return;
    report(
      `Guest ${nameOf(node)} has ${fmt(m.mem)} GiB of memory, more than the ${fmt(m.cap)} GiB of ${machineName(m.machine)}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const guest = facts.node(diagnostic.elements[0] ?? '');
    const m = guest && tooMuch(facts, guest);
    if (!guest || !m) return [];
    return [
      propFix(`Give ${nameOf(guest)} ${fmt(m.cap)} GiB of memory`, guest.id, 'memoryGiB', m.cap),
    ];
  },
};
