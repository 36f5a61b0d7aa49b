// Documents no sane editor makes, for checking that rules neither throw nor hang on them.
import type { VDoc } from '../../../../app/model/document';
import { doc } from '../run-rule';

const DEPTH = 10_000;

/** Hypervisors and guest OSes nested 10,000 deep, each guest with figures. */
function deepNesting(): VDoc {
  const nodes: Parameters<typeof doc>[0] = [
    {
      id: 'n0',
      kind: 'hardware',
      props: { cpuCores: 1, memoryGiB: 1, diskGiB: 1, virtualizationExtensions: false },
    },
  ];
  for (let i = 1; i < DEPTH; i++) {
    const hv = i % 2 === 1;
    nodes.push({
      id: `n${i}`,
      kind: hv ? 'hypervisor' : 'os',
      parent: `n${i - 1}`,
      props: hv
        ? { hypervisorType: 'type1' }
        : {
            family: 'linux',
            arch: i % 4 === 0 ? 'arm64' : 'x86_64',
            vcpus: 2,
            memoryGiB: 2,
            diskGiB: 2,
          },
    });
  }
  return doc(nodes);
}

/** Engines in containers 10,000 deep (Docker in Docker in ...), on a Windows host. */
function deepContainers(): VDoc {
  const nodes: Parameters<typeof doc>[0] = [
    { id: 'hw', kind: 'hardware', props: { memoryGiB: 1 } },
    { id: 'os', kind: 'os', parent: 'hw', props: { family: 'windows' } },
  ];
  let parent = 'os';
  for (let i = 0; i < DEPTH / 2; i++) {
    nodes.push({ id: `e${i}`, kind: 'container-engine', parent });
    nodes.push({
      id: `c${i}`,
      kind: 'container',
      parent: `e${i}`,
      props: { arch: 'arm64', memoryMiB: 4096, ports: ['80:80'] },
    });
    parent = `c${i}`;
  }
  return doc(nodes);
}

/** Parent cycles, missing parents, duplicate ids, odd kinds and odd values. */
function tangled(): VDoc {
  return doc(
    [
      { id: 'a', kind: 'os', parent: 'b', props: { family: 'linux', vcpus: 4 } },
      { id: 'b', kind: 'hypervisor', parent: 'a', props: { hypervisorType: 'type2' } },
      { id: 'c', kind: 'container-engine', parent: 'd' },
      { id: 'd', kind: 'container', parent: 'c', props: { ports: ['1:1', '1:1'] } },
      { id: 'x', kind: 'hypervisor', parent: 'missing', props: { hypervisorType: 'type1' } },
      { id: 'x', kind: 'os', parent: 'x', props: { family: 'linux', arch: 'arm64' } },
      { id: '__proto__', kind: 'hardware', props: { arch: '__proto__', cpuCores: Infinity } },
      { id: 'constructor', kind: 'toaster', parent: '__proto__', props: { vcpus: 1e308 } },
      {
        id: 'app',
        kind: 'app',
        parent: 'constructor',
        props: { artifact: 'native', targetOs: {} },
      },
    ],
    [
      { id: 'l', from: 'd', to: 'd', kind: 'network', props: { driver: 'bridge' } },
      { id: 'l2', from: '__proto__', to: 'nowhere', kind: 'network', props: { driver: 'none' } },
      { id: 'l3', from: 'a', to: 'b', kind: 'network', props: {} },
    ],
  );
}

export const HOSTILE: readonly [string, () => VDoc][] = [
  ['a 10,000-deep nesting of hypervisors and guests', deepNesting],
  ['a 10,000-deep nesting of engines in containers', deepContainers],
  ['parent cycles, missing parents, duplicate ids and odd values', tangled],
];
