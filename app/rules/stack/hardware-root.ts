import { moveNode } from '../../commands/move-node';
import { nameOf } from '../../model/document';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';
import { described } from '../naming';
import { placedOn } from './placement';

export const hardwareRoot: RuleModule = {
  meta: {
    id: 'stack/hardware-root',
    category: 'stack',
    severity: 'error',
    kinds: ['hardware'],
    title: 'Hardware sits on something',
    explanation:
      'Hardware is the host machine itself: the bottom of every stack, on which a hypervisor or a host OS runs directly. Nothing lies beneath it, so it cannot sit on another element.',
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'hardware') return;
    const parent = placedOn(facts, node);
    if (!parent) return;
    report(
      `Hardware ${nameOf(node)} sits on ${described(parent)}; hardware is the bottom of a stack and sits on nothing`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(hardwareRoot, doc, diagnostic);
    if (!found) return [];
    const { id } = found.node;
    return [{ title: 'Make it a stack of its own', apply: (d) => moveNode(d, id, undefined) ?? d }];
  },
};
