import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { OsFamily } from '../../model/kinds';
import { containerOs } from './container-os';

/** Where a `native` app runs: an OS, or a container. Undefined for anything else. */
export function nativeHost(facts: Facts, app: VNode): VNode | undefined {
  // 'native' is inside the artifact domain: the raw value can be compared as it is.
  if (app.kind !== 'app' || app.props.artifact !== 'native') return undefined;
  const host = facts.parent(app);
  return host && (host.kind === 'os' || host.kind === 'container') ? host : undefined;
}

/** The OS family a native app's host offers: an OS's family, or a container's `os`. */
export function hostFamily(facts: Facts, host: VNode): OsFamily | undefined {
  return host.kind === 'container'
    ? containerOs(facts, host)
    : (facts.str(host, 'family') as OsFamily | undefined);
}

/** "the linux OS "Ubuntu" (os1)" or "the linux container "web" (ct1)". */
export function describeHost(host: VNode, family: string): string {
  return `the ${family} ${host.kind === 'container' ? 'container' : 'OS'} ${nameOf(host)}`;
}
