import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Arch } from '../../model/kinds';

export interface GuestArchMismatch {
  readonly hv: VNode;
  readonly own: Arch;
  readonly beneath: Arch;
  /** The hypervisor's `emulation` (valid: default false). */
  readonly emulation: boolean;
}

/**
 * A guest OS whose own arch differs from the arch beneath its hypervisor: shared by
 * compat/guest-arch (no emulation: it cannot run) and compat/emulated-guest (it runs, slowly).
 */
export function guestArchMismatch(facts: Facts, guest: VNode): GuestArchMismatch | undefined {
  if (guest.kind !== 'os' || guest.props.arch === undefined || !facts.isGuestOs(guest)) {
    return undefined;
  }
  const own = facts.str(guest, 'arch') as Arch | undefined;
  if (!own) return undefined;
  const hv = facts.parent(guest);
  if (!hv) return undefined;
  // A hypervisor has no arch of its own: this is the arch of what it sits on.
  const beneath = facts.effectiveArch(hv);
  const emulation = facts.flag(hv, 'emulation');
  if (!beneath || beneath === own || emulation === undefined) return undefined;
  return { hv, own, beneath, emulation };
}
