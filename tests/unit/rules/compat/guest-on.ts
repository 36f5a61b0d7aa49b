// A guest OS on a type-1 hypervisor on hardware, each with the props a test gives.
import { doc } from '../run-rule';

export const guestOn = (
  hw: Record<string, unknown>,
  hv: Record<string, unknown>,
  guest: Record<string, unknown>,
) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Server', props: hw },
    {
      id: 'hv',
      kind: 'hypervisor',
      parent: 'hw',
      label: 'KVM',
      props: { hypervisorType: 'type1', ...hv },
    },
    { id: 'g', kind: 'os', parent: 'hv', label: 'Pi OS', props: { family: 'linux', ...guest } },
  ]);
