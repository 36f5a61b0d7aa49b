import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Arch } from '../../model/kinds';
import type { RuleModule } from '../types';
import { nativeHost } from './native-target';
import { docFacts, propFix } from './prop-fix';

function mismatch(facts: Facts, app: VNode): { target: Arch; host: VNode; arch: Arch } | undefined {
  if (app.props.targetArch === undefined) return undefined;
  const host = nativeHost(facts, app);
  const target = host && (facts.str(app, 'targetArch') as Arch | undefined);
  const arch = host && facts.effectiveArch(host);
  if (!host || !target || !arch || target === arch) return undefined;
  return { target, host, arch };
}

export const nativeArch: RuleModule = {
  meta: {
    id: 'compat/native-arch',
    category: 'compat',
    severity: 'error',
    kinds: ['app'],
    title: 'Native app built for another architecture',
    explanation:
      'C, C++, Rust and Go executables are machine code: they depend on the architecture as well as the OS, and run only on the instruction set they were compiled for. Unlike a .jar or a .js file, they need rebuilding for another CPU.',
  },
  checkNode(node, { facts }, report) {
    const m = mismatch(facts, node);
    if (!m) return;
    report(
      `Native app ${nameOf(node)} is built for ${m.target}, but ${nameOf(m.host)} runs on ${m.arch}`,
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
