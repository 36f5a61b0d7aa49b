import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { OsFamily } from '../../model/kinds';
import type { RuleModule } from '../types';
import { describeHost, hostFamily, nativeHost } from './native-target';
import { docFacts, propFix } from './prop-fix';

function mismatch(
  facts: Facts,
  app: VNode,
): { target: OsFamily; host: VNode; family: OsFamily } | undefined {
  if (app.props.targetOs === undefined) return undefined;
  const host = nativeHost(facts, app);
  const target = host && (facts.str(app, 'targetOs') as OsFamily | undefined);
  const family = host && hostFamily(facts, host);
  if (!host || !target || !family || target === family) return undefined;
  return { target, host, family };
}

export const nativeOs: RuleModule = {
  meta: {
    id: 'compat/native-os',
    category: 'compat',
    severity: 'error',
    kinds: ['app'],
    title: 'Native app built for another OS',
    explanation:
      "C, C++, Rust and Go executables and libraries run on the OS itself: they depend on the OS (its system calls, libraries and executable format). One built for another OS does not run; inside a container, the OS that counts is the container's.",
  },
  checkNode(node, { facts }, report) {
    const m = mismatch(facts, node);
    if (!m) return;
    report(
      `Native app ${nameOf(node)} is built for ${m.target}, but runs on ${describeHost(m.host, m.family)}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const app = facts.node(diagnostic.elements[0] ?? '');
    const m = app && mismatch(facts, app);
    if (!app || !m) return [];
    return [propFix(`Build ${nameOf(app)} for ${m.family}`, app.id, 'targetOs', m.family)];
  },
};
