import { nameOf } from '../../model/document';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';
import { described } from '../naming';
import { insertOsFix, placedOn } from './placement';

export const engineOnOs: RuleModule = {
  meta: {
    id: 'stack/engine-on-os',
    category: 'stack',
    severity: 'error',
    kinds: ['container-engine'],
    title: 'Container engine not on an OS',
    explanation:
      "A container engine (Docker, Podman, containerd, ...) runs on an operating system: its containers are lightweight processes that share that OS's kernel. Without an OS beneath, there is no kernel to share.",
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'container-engine') return;
    const parent = placedOn(facts, node);
    if (!parent || parent.kind === 'os') return;
    report(`Container engine ${nameOf(node)} sits on ${described(parent)}, not on an OS`, [
      node.id,
    ]);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(engineOnOs, doc, diagnostic);
    const beneath = found && found.facts.parent(found.node);
    const fix = found && beneath && insertOsFix(found.node.id, beneath);
    return fix ? [fix] : [];
  },
};
