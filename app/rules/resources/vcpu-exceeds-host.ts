import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import { docFacts, propFix } from '../compat/prop-fix';
import type { RuleModule } from '../types';
import { cpusPhrase, fmt, machineCpus, machineName } from './machine';

function tooMany(
  facts: Facts,
  guest: VNode,
): { vcpus: number; machine: VNode; cpus: number } | undefined {
  if (guest.kind !== 'os' || guest.props.vcpus === undefined) return undefined;
  const vcpus = facts.num(guest, 'vcpus');
  const machine = vcpus === undefined ? undefined : facts.machineOf(guest);
  const cpus = machine && machineCpus(facts, machine);
  if (vcpus === undefined || !machine || cpus === undefined || vcpus <= cpus) return undefined;
  return { vcpus, machine, cpus };
}

export const vcpuExceedsHost: RuleModule = {
  meta: {
    id: 'resources/vcpu-exceeds-host',
    category: 'resources',
    severity: 'error',
    kinds: ['os'],
    title: 'Guest has more vCPUs than its machine',
    explanation:
      "A guest machine's virtual CPUs are scheduled onto the host machine's CPUs, and one guest's vCPUs must run at the same time: a guest with more vCPUs than its host machine has CPUs cannot be started (or is starved by its own vCPUs waiting for each other).",
  },
  checkNode(node, { facts }, report) {
    const m = tooMany(facts, node);
    if (!m) return;
    report(
      `Guest ${nameOf(node)} has ${fmt(m.vcpus)} vCPUs, more than the ${cpusPhrase(m.machine, m.cpus)} of ${machineName(m.machine)}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const guest = facts.node(diagnostic.elements[0] ?? '');
    const m = guest && tooMany(facts, guest);
    if (!guest || !m) return [];
    return [propFix(`Give ${nameOf(guest)} ${fmt(m.cpus)} vCPUs`, guest.id, 'vcpus', m.cpus)];
  },
};
