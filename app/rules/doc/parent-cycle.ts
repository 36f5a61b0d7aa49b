import { moveNode } from '../../commands/move-node';
import { nameOf } from '../../model/document';
import type { Facts } from '../../model/facts';
import { recheckNode } from '../recheck';
import type { RuleModule } from '../types';

// The smallest id of each cycle, computed once per cycle rather than once per member (a
// 10,000-long cycle would otherwise cost 10^8 comparisons).
const minIds = new WeakMap<readonly string[], string>();

function minOf(members: readonly string[]): string {
  let min = minIds.get(members);
  if (min === undefined) {
    min = members[0] ?? '';
    for (const id of members) if (id < min) min = id;
    minIds.set(members, min);
  }
  return min;
}

export const parentCycle: RuleModule = {
  meta: {
    id: 'doc/parent-cycle',
    category: 'doc',
    severity: 'error',
    title: 'Elements that sit on each other in a cycle',
    explanation:
      'A stack is a tree drawn bottom-up from its hardware: following what each element sits on must end at the bottom. Around a cycle it never does, so nothing on it runs on anything real.',
  },
  checkNode(node, { facts }, report) {
    if (node.parent === undefined) return;
    const members = facts.cycleThrough(node);
    if (!members) return;
    const min = minOf(members);
    // Once per cycle: from the member with the smallest id, which also leads the list.
    if (min !== node.id) return;
    const at = members.indexOf(min);
    const ring = [...members.slice(at), ...members.slice(0, at)];
    report(cycleMessage(facts, ring), ring);
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(parentCycle, doc, diagnostic);
    if (!found) return [];
    const { id } = found.node;
    return [
      {
        title: `Make ${nameOf(found.node)} a stack of its own`,
        apply: (d) => moveNode(d, id, undefined) ?? d,
      },
    ];
  },
};

/** `"A" (a) sits on "B" (b), which sits on "A" (a)`, the middle cut short on long cycles. */
function cycleMessage(facts: Facts, ring: readonly string[]): string {
  const name = (id: string) => nameOf(facts.node(id), id);
  const first = name(ring[0] ?? '');
  const tail = 'a parent cycle has no bottom';
  if (ring.length === 1) return `${first} sits on itself: ${tail}`;
  const long = ring.length > 5;
  const names = (long ? ring.slice(1, 4) : ring.slice(1)).map(name);
  const chain = `${first} sits on ${names.join(', which sits on ')}`;
  if (!long) return `${chain}, which sits on ${first}: ${tail}`;
  return `${chain}, and ${ring.length - 4} more elements lead back to ${first}: ${tail}`;
}
