// The templates of assets/templates, bundled into the renderer as text.
import type1Type2 from '../assets/templates/type1-type2.vtopo?raw';
import containers from '../assets/templates/containers.vtopo?raw';
import mixed from '../assets/templates/mixed.vtopo?raw';

export interface Template {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly text: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'type1-type2',
    title: 'Type 1 and type 2 hypervisors',
    description: 'A bare-metal hypervisor beside a hosted one, with guest OSes and apps.',
    text: type1Type2,
  },
  {
    id: 'containers',
    title: 'Containers on a host OS',
    description: 'Docker on Linux: containers share the host kernel.',
    text: containers,
  },
  {
    id: 'mixed',
    title: 'A mixed deployment',
    description: 'Containers in VMs on a type-1 hypervisor, a JVM app and a Node.js app.',
    text: mixed,
  },
];
