import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Arch } from '../../model/kinds';
import type { RuleModule } from '../types';
import { docFacts, propFix } from './prop-fix';

function mismatch(facts: Facts, app: VNode): { target: Arch; hw: VNode; arch: Arch } | undefined {
  if (app.kind !== 'app') return undefined;
  if (app.props.artifact !== 'binary' || app.props.targetArch === undefined) return undefined;
  const hw = facts.parent(app);
  if (hw?.kind !== 'hardware') return undefined;
  const target = facts.str(app, 'targetArch') as Arch | undefined;
  const arch = facts.effectiveArch(hw);
  if (!target || !arch || target === arch) return undefined;
  return { target, hw, arch };
}

export const binaryArch: RuleModule = {
  meta: {
    id: 'compat/binary-arch',
    category: 'compat',
    severity: 'error',
    kinds: ['app'],
    title: 'Binary for another architecture',
    explanation:
      "Assembly assembles to a binary that runs on the machine itself, with no OS beneath it: it does not depend on an OS, but it is the machine's own instructions, so it runs only on the architecture it was written for.",
  },
  checkNode(node, { facts }, report) {
    const m = mismatch(facts, node);
    if (!m) return;
    report(
      `Binary ${nameOf(node)} is built for ${m.target}, but hardware ${nameOf(m.hw)} is ${m.arch}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const app = facts.node(diagnostic.elements[0] ?? '');
    const m = app && mismatch(facts, app);
    if (!app || !m) return [];
    return [propFix(`Build ${nameOf(app)} for ${m.arch}`, app.id, 'targetArch', m.arch)];
  },
};
