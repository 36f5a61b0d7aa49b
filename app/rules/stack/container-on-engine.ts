import { nameOf } from '../../model/document';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';
import { described } from '../naming';
import { insertFix, placedOn } from './placement';

export const containerOnEngine: RuleModule = {
  meta: {
    id: 'stack/container-on-engine',
    category: 'stack',
    severity: 'error',
    kinds: ['container'],
    title: 'Container not on a container engine',
    explanation:
      "A container is a running instance of an image, started and isolated by a container engine such as Docker. It runs as a process sharing the kernel of the engine's OS, so it sits on a container engine.",
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'container') return;
    const parent = placedOn(facts, node);
    if (!parent || parent.kind === 'container-engine') return;
    report(`Container ${nameOf(node)} sits on ${described(parent)}, not on a container engine`, [
      node.id,
    ]);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(containerOnEngine, doc, diagnostic);
    if (!found || found.facts.parent(found.node)?.kind !== 'os') return [];
    return [
      insertFix('Insert a container engine beneath', found.node.id, {
        kind: 'container-engine',
        label: 'Docker',
        props: { product: 'docker' },
      }),
    ];
  },
};
