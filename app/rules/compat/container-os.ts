import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { OsFamily } from '../../model/kinds';

/** The kernel a container needs: its `os`, linux when unset, undefined when invalid. */
export function containerOs(facts: Facts, container: VNode): OsFamily | undefined {
  if (container.props.os === undefined) return 'linux';
  return facts.str(container, 'os') as OsFamily | undefined;
}
