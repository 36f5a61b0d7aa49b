// What the resource rules count with: machines (a hardware, or a guest OS acting as the
// machine for what runs nested in it), their figures, and sums over their guests.
import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';

export function isMachine(facts: Facts, node: VNode): boolean {
  return node.kind === 'hardware' || facts.isGuestOs(node);
}

/** A machine's CPUs: a hardware's `cpuCores`, a guest's `vcpus`; undefined when not given. */
export function machineCpus(facts: Facts, machine: VNode): number | undefined {
  return facts.num(machine, machine.kind === 'hardware' ? 'cpuCores' : 'vcpus');
}

/** `hardware "Server" (hw1)` or `guest "VM" (g1)`. */
export function machineName(machine: VNode): string {
  return `${machine.kind === 'hardware' ? 'hardware' : 'guest'} ${nameOf(machine)}`;
}

/** "8 CPU cores" for hardware, "8 vCPUs" for a guest. */
export function cpusPhrase(machine: VNode, n: number): string {
  return machine.kind === 'hardware' ? `${fmt(n)} CPU cores` : `${fmt(n)} vCPUs`;
}

/** The guests' figures added up; a guest that does not give the figure counts as 0. */
export function sumOver(facts: Facts, guests: readonly VNode[], prop: string): number {
  let sum = 0;
  for (const g of guests) sum += facts.num(g, prop) ?? 0;
  return sum;
}

/** `total > capacity`, forgiving the rounding of fractional GiB sums (0.1 + 0.2 is not > 0.3). */
export function exceeds(total: number, capacity: number): boolean {
  return total > capacity + 1e-9 * Math.max(1, Math.abs(capacity));
}

/** A figure for a message: whole numbers as they are, others to two decimals. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
