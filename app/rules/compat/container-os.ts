import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { OsFamily } from '../../model/kinds';
import { isGiven } from './prop-fix';

/** The kernel a container needs: its `os`, linux when unset, undefined when invalid. */
export function containerOs(facts: Facts, container: VNode): OsFamily | undefined {
  if (!isGiven(container, 'os')) return 'linux';
  return facts.str(container, 'os') as OsFamily | undefined;
}
