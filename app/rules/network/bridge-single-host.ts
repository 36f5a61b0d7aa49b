import { nameOf } from '../../model/document';
import type { VLink, VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import { docFacts } from '../compat/prop-fix';
import type { RuleModule } from '../types';
import { linkDriver, withDriver } from './link-driver';

interface Placed {
  readonly container: VNode;
  readonly engine: VNode;
}

/** The engine a container sits on, for an id naming a container on an engine. */
function engineOf(facts: Facts, container: VNode | undefined): VNode | undefined {
  if (container?.kind !== 'container') return undefined;
  const engine = facts.parent(container);
  return engine?.kind === 'container-engine' ? engine : undefined;
}

function acrossEngines(facts: Facts, link: VLink): [Placed, Placed] | undefined {
  if (linkDriver(link) !== 'bridge') return undefined;
  // Every bridge link is checked on every pass: objects only for a finding.
  const from = facts.node(link.from);
  const fromEngine = engineOf(facts, from);
  const to = facts.node(link.to);
  const toEngine = engineOf(facts, to);
  if (!from || !to || !fromEngine || !toEngine || fromEngine === toEngine) return undefined;
  return [
    { container: from, engine: fromEngine },
    { container: to, engine: toEngine },
  ];
}

export const bridgeSingleHost: RuleModule = {
  meta: {
    id: 'network/bridge-single-host',
    category: 'network',
    severity: 'error',
    title: 'Bridge network across engines',
    explanation:
      "A bridge network is a virtual switch inside one container engine's host: only the containers of that engine can plug into it. Containers on different engines (different hosts) need a network that spans hosts, such as an overlay network.",
  },
  checkLink(link, { facts }, report) {
    const pair = acrossEngines(facts, link);
    if (!pair) return;
    const [a, b] = pair;
    report(
      `Bridge link ${nameOf(link)} joins ${nameOf(a.container)} on ${nameOf(a.engine)} and ${nameOf(b.container)} on ${nameOf(b.engine)}, but a bridge network lives on one engine`,
      [link.id],
    );
  },
  fixes(doc, diagnostic) {
    const id = diagnostic.elements[0];
    const link = doc.links.find((l) => l.id === id);
    if (!link || !acrossEngines(docFacts(doc), link)) return [];
    return [{ title: 'Use an overlay network', apply: (d) => withDriver(d, link.id, 'overlay') }];
  },
};
