import { isKind } from '../../model/kinds';
import type { RuleModule } from '../types';
import { subject } from '../naming';

export const unplaced: RuleModule = {
  meta: {
    id: 'stack/unplaced',
    category: 'stack',
    severity: 'warning',
    kinds: ['hypervisor', 'os', 'container-engine', 'container', 'runtime', 'app'],
    title: 'Element placed on nothing',
    explanation:
      'Everything runs on something: a guest OS on a hypervisor, a container on a container engine, an app on an OS or a runtime. Only hardware stands alone at the bottom of a stack; until this element is put on what it runs on, nothing about its place can be checked.',
  },
  checkNode(node, _ctx, report) {
    if (node.parent !== undefined || node.kind === 'hardware' || !isKind(node.kind)) return;
    report(`${subject(node)} sits on nothing: it runs nowhere`, [node.id]);
  },
};
