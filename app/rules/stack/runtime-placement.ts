import { nameOf } from '../../model/document';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';
import { described } from '../naming';
import { insertOsFix, placedOn } from './placement';

export const runtimePlacement: RuleModule = {
  meta: {
    id: 'stack/runtime-placement',
    category: 'stack',
    severity: 'error',
    kinds: ['runtime'],
    title: 'Runtime on neither an OS nor a container',
    explanation:
      'A process VM (the Java Virtual Machine, Node.js, Python, ...) is not a real VM: it is just a process that runs on a host OS, or inside a container. It needs the processes and system calls of an OS beneath it.',
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'runtime') return;
    const parent = placedOn(facts, node);
    if (!parent || parent.kind === 'os' || parent.kind === 'container') return;
    report(`Runtime ${nameOf(node)} sits on ${described(parent)}, not on an OS or a container`, [
      node.id,
    ]);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(runtimePlacement, doc, diagnostic);
    const beneath = found && found.facts.parent(found.node);
    const fix = found && beneath && insertOsFix(found.node.id, beneath);
    return fix ? [fix] : [];
  },
};
