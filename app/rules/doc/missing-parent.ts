import { moveNode } from '../../commands/move-node';
import { subject } from '../naming';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';

export const missingParent: RuleModule = {
  meta: {
    id: 'doc/missing-parent',
    category: 'doc',
    severity: 'error',
    title: 'Parent that does not exist',
    explanation:
      'An element sits on the element its parent names. When that id names nothing (deleted, or mistyped in the file), the element is cut off from its stack, and nothing about what it runs on can be checked.',
  },
  checkNode(node, { facts }, report) {
    if (node.parent === undefined || facts.parent(node)) return;
    report(`${subject(node)} sits on "${node.parent}", which names no element`, [node.id]);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(missingParent, doc, diagnostic);
    if (!found) return [];
    const { id } = found.node;
    return [{ title: 'Make it a stack of its own', apply: (d) => moveNode(d, id, undefined) ?? d }];
  },
};
