import { insertBeneath } from '../../commands/insert-beneath';
import { nameOf } from '../../model/document';
import type { VDoc, VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { OsFamily } from '../../model/kinds';
import type { Fix, RuleModule } from '../types';
import { containerOs } from './container-os';
import { docFacts } from './prop-fix';

interface KernelMismatch {
  readonly needs: OsFamily;
  readonly os: VNode;
  readonly family: OsFamily;
}

function mismatch(facts: Facts, container: VNode): KernelMismatch | undefined {
  if (container.kind !== 'container') return undefined;
  const needs = containerOs(facts, container);
  // The nearest OS beneath: through an engine, or engines stacked in containers (Docker in
  // Docker shares the same kernel all the way down).
  const os = facts.osBeneath(container);
  const family = os && (facts.str(os, 'family') as OsFamily | undefined);
  if (!needs || !os || !family || needs === family) return undefined;
  return { needs, os, family };
}

/**
 * Docker Desktop's answer to Linux containers on Windows or macOS: the engine runs in a Linux
 * VM, on a type-2 hypervisor on the host OS.
 */
function linuxVmFix(engine: VNode): Fix {
  return {
    title: `Run ${nameOf(engine)} in a Linux VM`,
    apply(doc: VDoc): VDoc {
      const hv = insertBeneath(doc, engine.id, {
        kind: 'hypervisor',
        label: 'VM hypervisor',
        props: { hypervisorType: 'type2' },
      });
      const vm =
        hv &&
        insertBeneath(hv.doc, engine.id, {
          kind: 'os',
          label: 'Linux VM',
          props: { family: 'linux' },
        });
      return vm ? vm.doc : doc;
    },
  };
}

export const containerKernel: RuleModule = {
  meta: {
    id: 'compat/container-kernel',
    category: 'compat',
    severity: 'error',
    kinds: ['container'],
    title: 'Container needs another kernel',
    explanation:
      'Containers share the OS kernel with the other containers, running as lightweight processes on it: they virtualize processes, not hardware. So a Linux container needs a Linux kernel beneath its engine; on Windows or macOS that means a Linux VM, as Docker Desktop runs.',
  },
  checkNode(node, { facts }, report) {
    const m = mismatch(facts, node);
    if (!m) return;
    report(
      `Container ${nameOf(node)} needs a ${m.needs} kernel, but shares the ${m.family} kernel of ${nameOf(m.os)}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const container = facts.node(diagnostic.elements[0] ?? '');
    const m = container && mismatch(facts, container);
    const engine = container && facts.parent(container);
    if (!m || !engine || engine.kind !== 'container-engine' || m.needs !== 'linux') return [];
    return [linuxVmFix(engine)];
  },
};
