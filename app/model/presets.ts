// The palette's presets: each is a kind with props filled in, named the way users say it.
import type { Kind } from './kinds';

export interface Preset {
  /** Stable id, used by the palette's `data-preset` and by tests. */
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly description: string;
  /** Default label of a new element. */
  readonly label: string;
  readonly props: Readonly<Record<string, unknown>>;
  /** Extra words the palette search matches. */
  readonly keywords?: string;
}

const hv = (
  id: string,
  label: string,
  type: 'type1' | 'type2',
  product: string,
  description: string,
  extra: Record<string, unknown> = {},
): Preset => ({
  id,
  kind: 'hypervisor',
  title: label,
  description,
  label,
  props: { hypervisorType: type, product, ...extra },
  keywords: `hypervisor vmm ${type === 'type1' ? 'type 1 bare metal native' : 'type 2 hosted'}`,
});

export const PRESETS: readonly Preset[] = [
  {
    id: 'hardware',
    kind: 'hardware',
    title: 'Hardware',
    description: 'A physical machine: every stack stands on one.',
    label: 'Server',
    props: { arch: 'x86_64', cpuCores: 16, memoryGiB: 64, diskGiB: 1000 },
    keywords: 'server machine host physical bare metal',
  },
  {
    id: 'hardware-arm64',
    kind: 'hardware',
    title: 'Hardware (ARM)',
    description: 'A physical arm64 machine, such as an Apple silicon Mac or a Graviton server.',
    label: 'ARM machine',
    props: { arch: 'arm64', cpuCores: 8, memoryGiB: 16, diskGiB: 512 },
    keywords: 'arm64 aarch64 apple silicon raspberry',
  },
  {
    id: 'hypervisor-type1',
    kind: 'hypervisor',
    title: 'Type 1 hypervisor',
    description: 'Bare-metal: runs directly on the hardware and manages the guest OSes.',
    label: 'Hypervisor',
    props: { hypervisorType: 'type1' },
    keywords: 'hypervisor vmm type 1 bare metal native',
  },
  hv('hypervisor-esxi', 'VMware ESXi', 'type1', 'esxi', 'Type 1: VMware’s bare-metal hypervisor.'),
  hv('hypervisor-kvm', 'KVM', 'type1', 'kvm', 'Type 1: the Linux kernel as a hypervisor.'),
  hv('hypervisor-xen', 'Xen', 'type1', 'xen', 'Type 1: with paravirtualized guests.', {
    paravirtualization: true,
  }),
  hv('hypervisor-hyperv', 'Hyper-V', 'type1', 'hyper-v', 'Type 1: Microsoft’s hypervisor.'),
  hv('hypervisor-proxmox', 'Proxmox VE', 'type1', 'proxmox', 'Type 1: KVM with a web UI.'),
  {
    id: 'hypervisor-type2',
    kind: 'hypervisor',
    title: 'Type 2 hypervisor',
    description: 'Hosted: runs on a host OS as an application.',
    label: 'Hypervisor',
    props: { hypervisorType: 'type2' },
    keywords: 'hypervisor vmm type 2 hosted',
  },
  hv('hypervisor-virtualbox', 'VirtualBox', 'type2', 'virtualbox', 'Type 2: runs on a host OS.'),
  hv(
    'hypervisor-vmware-workstation',
    'VMware Workstation',
    'type2',
    'vmware-workstation',
    'Type 2: runs on a Windows or Linux host.',
  ),
  hv(
    'hypervisor-qemu',
    'QEMU',
    'type2',
    'qemu',
    'Type 2 with emulation: runs guests of another arch.',
    {
      emulation: true,
    },
  ),
  {
    id: 'os-linux',
    kind: 'os',
    title: 'Linux',
    description: 'A host OS on hardware, or a guest OS on a hypervisor.',
    label: 'Linux',
    props: { family: 'linux' },
    keywords: 'os operating system ubuntu debian guest host kernel',
  },
  {
    id: 'os-windows',
    kind: 'os',
    title: 'Windows',
    description: 'A host OS on hardware, or a guest OS on a hypervisor.',
    label: 'Windows',
    props: { family: 'windows' },
    keywords: 'os operating system guest host',
  },
  {
    id: 'os-macos',
    kind: 'os',
    title: 'macOS',
    description: 'A host OS on a Mac.',
    label: 'macOS',
    props: { family: 'macos' },
    keywords: 'os operating system apple mac host',
  },
  {
    id: 'container-engine',
    kind: 'container-engine',
    title: 'Container engine',
    description: 'Docker, Podman, containerd: runs containers on an OS.',
    label: 'Docker',
    props: { product: 'docker' },
    keywords: 'docker podman containerd engine',
  },
  {
    id: 'container',
    kind: 'container',
    title: 'Container',
    description: 'A running image: shares the kernel of the OS beneath its engine.',
    label: 'Container',
    props: { os: 'linux' },
    keywords: 'docker image container',
  },
  ...(
    [
      ['jvm', 'JVM', 'Java Virtual Machine: runs .jar files anywhere.'],
      ['nodejs', 'Node.js', 'Runs JavaScript: a process VM on its OS.'],
      ['python', 'Python', 'The Python interpreter: a process VM.'],
      ['dotnet', '.NET', 'The .NET runtime (CLR): a process VM.'],
    ] as const
  ).map(([product, label, description]): Preset => ({
    id: `runtime-${product}`,
    kind: 'runtime',
    title: label,
    description,
    label,
    props: { product },
    keywords: 'runtime process vm virtual execution environment',
  })),
  ...(
    [
      ['app-js', 'js', '.js app', 'JavaScript: runs on Node.js.', 'app.js', {}],
      ['app-jar', 'jar', '.jar app', 'Java bytecode: runs on a JVM.', 'app.jar', {}],
      ['app-python', 'python', 'Python app', 'Python source: runs on Python.', 'app.py', {}],
      ['app-dotnet', 'dotnet', '.NET app', 'A .NET assembly: runs on .NET.', 'App.dll', {}],
      [
        'app-native',
        'native',
        'Native executable',
        'C, C++, Rust, Go: depends on OS and architecture.',
        'app',
        { targetOs: 'linux', targetArch: 'x86_64' },
      ],
      [
        'app-binary',
        'binary',
        'Assembly binary',
        'Machine code on bare hardware: depends on architecture.',
        'firmware.bin',
        { targetArch: 'x86_64' },
      ],
    ] as const
  ).map(([id, artifact, title, description, label, extra]): Preset => ({
    id,
    kind: 'app',
    title,
    description,
    label,
    props: { artifact, ...extra },
    keywords: 'app application software program',
  })),
];

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
