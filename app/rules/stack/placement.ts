// What the placement rules share: where an element sits (when that is judged at all), and
// the fixes that slide a missing layer beneath it.
import { insertBeneath } from '../../commands/insert-beneath';
import type { NewNode } from '../../commands/add-node';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Fix } from '../types';

/**
 * The element a node sits on, when its placement is to be judged: undefined when it has no
 * parent (`stack/unplaced` speaks), when the parent names nothing (`doc/missing-parent`),
 * or when the node is on a parent cycle (`doc/parent-cycle`: a cycle has no bottom, so
 * nothing on it is "above" anything). A parent of unknown kind is returned: an unknown
 * thing is not a valid place, so the placement rule of the known element above it fires.
 */
export function placedOn(facts: Facts, node: VNode): VNode | undefined {
  const parent = facts.parent(node);
  if (!parent) return undefined;
  return facts.cycleThrough(node) ? undefined : parent;
}

/** A fix putting a new element between `id` and what it sits on. */
export function insertFix(
  title: string,
  id: string,
  spec: Omit<NewNode, 'parent' | 'siblingIndex' | 'position'>,
): Fix {
  return { title, apply: (doc) => insertBeneath(doc, id, spec)?.doc ?? doc };
}

/** A new OS for beneath something: a host OS on hardware, a guest OS on a hypervisor. */
export function insertOsFix(id: string, beneath: VNode, family = 'linux'): Fix | undefined {
  if (beneath.kind === 'hardware') {
    return insertFix('Insert a host OS beneath', id, {
      kind: 'os',
      label: 'Host OS',
      props: { family },
    });
  }
  if (beneath.kind === 'hypervisor') {
    return insertFix('Insert a guest OS beneath', id, {
      kind: 'os',
      label: 'Guest OS',
      props: { family },
    });
  }
  return undefined;
}
