// The vocabulary of DOMAIN.md: element kinds, their props and each prop's domain.
// This table is the one definition that loading, the rules, the JSON Schema and the
// inspector all read.

export const ARCHES = ['x86_64', 'arm64', 'riscv64', 'ppc64le', 's390x'] as const;
export type Arch = (typeof ARCHES)[number];

export const OS_FAMILIES = ['linux', 'windows', 'macos', 'bsd', 'other'] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export const KINDS = [
  'hardware',
  'hypervisor',
  'os',
  'container-engine',
  'container',
  'runtime',
  'app',
] as const;
export type Kind = (typeof KINDS)[number];

export const HYPERVISOR_TYPES = ['type1', 'type2'] as const;
export type HypervisorType = (typeof HYPERVISOR_TYPES)[number];

/** Known products; any other string is allowed (DOMAIN.md: "..."). */
export const HYPERVISOR_PRODUCTS = [
  'esxi',
  'xen',
  'hyper-v',
  'kvm',
  'proxmox',
  'virtualbox',
  'vmware-workstation',
  'parallels',
  'qemu',
] as const;

export const ENGINE_PRODUCTS = ['docker', 'podman', 'containerd', 'cri-o', 'lxc'] as const;

export const RUNTIME_PRODUCTS = [
  'jvm',
  'nodejs',
  'python',
  'dotnet',
  'ruby',
  'wasm',
  'other',
] as const;
export type RuntimeProduct = (typeof RUNTIME_PRODUCTS)[number];

export const ARTIFACTS = ['js', 'jar', 'python', 'dotnet', 'native', 'binary', 'other'] as const;
export type Artifact = (typeof ARTIFACTS)[number];

export const LINK_KINDS = ['network'] as const;
export const LINK_DRIVERS = ['bridge', 'host', 'overlay', 'macvlan', 'ipvlan', 'none'] as const;
export type LinkDriver = (typeof LINK_DRIVERS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** The domain of one prop. */
export type PropSpec =
  | { type: 'enum'; values: readonly string[]; required?: boolean; extra?: readonly string[] }
  | { type: 'string'; required?: boolean; suggestions?: readonly string[] }
  | { type: 'number'; min: number; integer?: boolean; unit?: string }
  | { type: 'boolean'; default: boolean }
  | { type: 'ports' };

export interface KindSpec {
  title: string;
  description: string;
  props: Readonly<Record<string, PropSpec>>;
}

const cores = { type: 'number', min: 1, integer: true } as const;
const gib = { type: 'number', min: 0, unit: 'GiB' } as const;

export const KIND_SPECS: Readonly<Record<Kind, KindSpec>> = {
  hardware: {
    title: 'Hardware',
    description: 'A physical machine: the bottom of every stack.',
    props: {
      arch: { type: 'enum', values: ARCHES },
      cpuCores: cores,
      memoryGiB: gib,
      diskGiB: gib,
      virtualizationExtensions: { type: 'boolean', default: true },
    },
  },
  hypervisor: {
    title: 'Hypervisor',
    description: 'A virtual machine monitor that creates and runs guest machines.',
    props: {
      hypervisorType: { type: 'enum', values: HYPERVISOR_TYPES, required: true },
      product: { type: 'string', suggestions: HYPERVISOR_PRODUCTS },
      emulation: { type: 'boolean', default: false },
      paravirtualization: { type: 'boolean', default: false },
      nestedVirtualization: { type: 'boolean', default: false },
    },
  },
  os: {
    title: 'Operating system',
    description: 'A host OS on hardware, or a guest OS on a hypervisor.',
    props: {
      family: { type: 'enum', values: OS_FAMILIES, required: true },
      distribution: { type: 'string' },
      arch: { type: 'enum', values: ARCHES },
      paravirtualized: { type: 'boolean', default: false },
      vcpus: cores,
      memoryGiB: gib,
      diskGiB: gib,
    },
  },
  'container-engine': {
    title: 'Container engine',
    description: 'Runs containers that share the kernel of the OS beneath it.',
    props: {
      product: { type: 'string', suggestions: ENGINE_PRODUCTS },
    },
  },
  container: {
    title: 'Container',
    description: 'A running container of an image: it shares its host kernel.',
    props: {
      image: { type: 'string' },
      os: { type: 'enum', values: OS_FAMILIES },
      arch: { type: 'enum', values: ARCHES, extra: ['multi'] },
      cpus: { type: 'number', min: 0 },
      memoryMiB: { type: 'number', min: 0, unit: 'MiB' },
      ports: { type: 'ports' },
    },
  },
  runtime: {
    title: 'Runtime',
    description: 'A process VM (virtual execution environment) such as the JVM or Node.js.',
    props: {
      product: { type: 'enum', values: RUNTIME_PRODUCTS, required: true },
    },
  },
  app: {
    title: 'App',
    description: 'A piece of software: where it runs depends on its artifact.',
    props: {
      artifact: { type: 'enum', values: ARTIFACTS, required: true },
      targetOs: { type: 'enum', values: OS_FAMILIES },
      targetArch: { type: 'enum', values: ARCHES },
    },
  },
};

export function isKind(kind: string): kind is Kind {
  return Object.prototype.hasOwnProperty.call(KIND_SPECS, kind);
}

/** The kind code of anything that is not one of KINDS (see `kindCode`). */
export const UNKNOWN_KIND = KINDS.length;

const KIND_CODES: ReadonlyMap<unknown, number> = new Map(KINDS.map((kind, code) => [kind, code]));

/**
 * A kind as a small integer: its place in KINDS, or UNKNOWN_KIND. A validation pass works it
 * out once per element and then picks the element's rules and prop checks from arrays by it,
 * instead of looking the kind's name up in a map for each.
 */
export function kindCode(kind: unknown): number {
  return KIND_CODES.get(kind) ?? UNKNOWN_KIND;
}

/** "8080:80", "8080:80/tcp", "53:53/udp": host port, container port, protocol. */
const PORT_RE = /^(\d{1,5}):(\d{1,5})(?:\/(tcp|udp))?$/;

export interface PortMapping {
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

export function parsePort(value: string): PortMapping | undefined {
  const m = PORT_RE.exec(value);
  if (!m) return undefined;
  const hostPort = Number(m[1]);
  const containerPort = Number(m[2]);
  if (hostPort < 1 || hostPort > 65535 || containerPort < 1 || containerPort > 65535)
    return undefined;
  return { hostPort, containerPort, protocol: m[3] === 'udp' ? 'udp' : 'tcp' };
}

/**
 * Whether a value is inside a prop's domain: `propProblem(spec, value) === undefined`. One
 * function for every spec: validation asks it of every prop of every element, and a test made
 * per spec (a closure each) made that one call site call many functions, a slow call each time.
 */
export function isInDomain(spec: PropSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'enum':
      // A few values, mostly interned like the names they are compared with: a scan of them
      // is quicker than hashing the value for a Set (the same SameValueZero test).
      return (
        (spec.values as readonly unknown[]).includes(value) ||
        ((spec.extra as readonly unknown[] | undefined)?.includes(value) ?? false)
      );
    case 'string':
      return typeof value === 'string';
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.min &&
        (!spec.integer || Number.isInteger(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'ports':
      return isPortList(value);
  }
}

/** `isInDomain` for one spec. */
export function domainTest(spec: PropSpec): (value: unknown) => boolean {
  return (value) => isInDomain(spec, value);
}

function isPortList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const p of value) if (typeof p !== 'string' || !isPort(p)) return false;
  return true;
}

/**
 * Whether `parsePort` reads a value, without its match and mapping objects: validation asks
 * this of every published port of every container on every pass.
 */
export function isPort(value: string): boolean {
  const colon = value.indexOf(':');
  const slash = value.indexOf('/');
  const end = slash < 0 ? value.length : slash;
  if (colon < 0 || end < colon) return false;
  if (slash >= 0) {
    const tail = value.length - slash - 1;
    if (tail !== 3 || !(value.startsWith('tcp', slash + 1) || value.startsWith('udp', slash + 1)))
      return false;
  }
  return portNumber(value, 0, colon) && portNumber(value, colon + 1, end);
}

/** Whether `value[from, to)` is one to five digits making a port, 1 to 65535. */
function portNumber(value: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    n = n * 10 + digit;
  }
  return n >= 1 && n <= 65535;
}

/** Why a value is outside a prop's domain, or undefined when it is inside. */
export function propProblem(spec: PropSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'enum':
      if (typeof value !== 'string') return `expected one of ${spec.values.join(', ')}`;
      if (spec.values.includes(value) || spec.extra?.includes(value)) return undefined;
      return `"${clip(value)}" is not one of ${[...spec.values, ...(spec.extra ?? [])].join(', ')}`;
    case 'string':
      return typeof value === 'string' ? undefined : 'expected text';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (value < spec.min) return `must be at least ${spec.min}`;
      if (spec.integer && !Number.isInteger(value)) return 'must be a whole number';
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'ports': {
      if (!Array.isArray(value)) return 'expected a list of "hostPort:containerPort"';
      for (const p of value) {
        if (typeof p !== 'string' || !parsePort(p)) {
          return `"${clip(String(p))}" is not "hostPort:containerPort" with an optional /tcp or /udp`;
        }
      }
      return undefined;
    }
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
