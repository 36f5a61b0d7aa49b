import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { RuleModule } from '../types';
import { docFacts, isOff, propFix } from './prop-fix';

/**
 * The hardware a hypervisor runs its guests' code on: its parent when that is hardware (type
 * 1), or the hardware under the host OS it sits on (type 2). A hypervisor on a guest OS is
 * nested: compat/nested-virtualization speaks about that.
 */
function hardwareUnder(facts: Facts, hv: VNode): VNode | undefined {
  const below = facts.parent(hv);
  if (below?.kind === 'hardware') return below;
  if (below && facts.isHostOs(below)) return facts.parent(below);
  return undefined;
}

/** The hardware lacking extensions under a hypervisor that needs them, if any. */
function lacking(facts: Facts, hv: VNode): VNode | undefined {
  if (hv.kind !== 'hypervisor') return undefined;
  // Emulation translates every instruction and a paravirtualized guest calls the
  // hypervisor instead of trapping: neither needs the CPU's help. Invalid flags: skip.
  // (Raw reads: this runs for every hypervisor on every validation.)
  if (!isOff(hv.props.emulation) || !isOff(hv.props.paravirtualization)) return undefined;
  const hw = hardwareUnder(facts, hv);
  return hw && hw.props.virtualizationExtensions === false ? hw : undefined;
}

export const virtualizationExtensions: RuleModule = {
  meta: {
    id: 'compat/virtualization-extensions',
    category: 'compat',
    severity: 'error',
    kinds: ['hypervisor'],
    title: 'Hypervisor needs virtualization extensions',
    explanation:
      "A hypervisor creates and runs virtual machines by letting the guests' code run directly on the CPU, which needs the hardware's virtualization extensions (VT-x, AMD-V, ARM EL2). A type-2 hypervisor runs on its host OS as an application but still needs them from the hardware beneath; without them it can only emulate the machine or run paravirtualized guests.",
  },
  checkNode(node, { facts }, report) {
    const hw = lacking(facts, node);
    if (!hw) return;
    report(
      `Hypervisor ${nameOf(node)} needs virtualization extensions, but hardware ${nameOf(hw)} has them turned off`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const hv = facts.node(diagnostic.elements[0] ?? '');
    const hw = hv && lacking(facts, hv);
    if (!hv || !hw) return [];
    return [
      propFix(
        `Turn on virtualization extensions on ${nameOf(hw)}`,
        hw.id,
        'virtualizationExtensions',
        true,
      ),
      propFix(`Turn on emulation on ${nameOf(hv)} (slow)`, hv.id, 'emulation', true),
    ];
  },
};
