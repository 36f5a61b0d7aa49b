// Random edits for the incremental-validation property test: the editor's commands, plus
// raw edits a file or a bug could make (missing parents, cycles, shared ids, invalid
// values, reorders, renames, settings), each read off a few random numbers.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { addLink } from '../../../app/commands/add-link';
import { addNode } from '../../../app/commands/add-node';
import { deleteElements } from '../../../app/commands/delete-elements';
import { insertBeneath } from '../../../app/commands/insert-beneath';
import { moveNode } from '../../../app/commands/move-node';
import { setLabel } from '../../../app/commands/set-label';
import { setProp } from '../../../app/commands/set-prop';
import { emptyDoc } from '../../../app/model/document';
import type { VDoc, VLink, VNode } from '../../../app/model/document';
import { LINK_DRIVERS } from '../../../app/model/kinds';
import { generateDocument } from '../../fixtures/generate';

const TEMPLATES = new URL('../../../assets/templates/', import.meta.url);

export function templates(): VDoc[] {
  return readdirSync(TEMPLATES)
    .filter((f) => f.endsWith('.vtopo'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, TEMPLATES), 'utf8')) as VDoc);
}

const KIND_POOL = [
  'hardware',
  'hypervisor',
  'os',
  'container-engine',
  'container',
  'runtime',
  'app',
  'widget',
];

/** Props for a new element of each kind, valid enough to place and check it. */
const KIND_PROPS: Record<string, Record<string, unknown>> = {
  hardware: { cpuCores: 8, memoryGiB: 32 },
  hypervisor: { hypervisorType: 'type1' },
  os: { family: 'linux', vcpus: 4, memoryGiB: 8 },
  'container-engine': { product: 'docker' },
  container: { ports: ['8080:80'], memoryMiB: 512 },
  runtime: { product: 'jvm' },
  app: { artifact: 'jar' },
};

const PROP_POOL: readonly (readonly [string, unknown])[] = [
  ['hypervisorType', 'type1'],
  ['hypervisorType', 'type2'],
  ['hypervisorType', 'type9'],
  ['family', 'linux'],
  ['family', 'windows'],
  ['family', 42],
  ['arch', 'x86_64'],
  ['arch', 'arm64'],
  ['arch', 'multi'],
  ['arch', 'sparc'],
  ['artifact', 'jar'],
  ['artifact', 'js'],
  ['artifact', 'native'],
  ['artifact', 'binary'],
  ['artifact', 'other'],
  ['product', 'jvm'],
  ['product', 'nodejs'],
  ['product', 'docker'],
  ['cpuCores', 8],
  ['cpuCores', -1],
  ['vcpus', 4],
  ['vcpus', 64],
  ['memoryGiB', 16],
  ['memoryGiB', 2048],
  ['diskGiB', 100],
  ['memoryMiB', 512],
  ['memoryMiB', 100000],
  ['ports', ['8080:80']],
  ['ports', ['80:80/udp', 'x']],
  ['os', 'windows'],
  ['emulation', true],
  ['nestedVirtualization', true],
  ['paravirtualization', true],
  ['paravirtualized', true],
  ['virtualizationExtensions', false],
  ['targetOs', 'linux'],
  ['targetOs', 'windows'],
  ['targetArch', 'arm64'],
  ['__proto__', 'x'],
];

/** An edit as a few numbers, read against whatever document it meets (so it always applies). */
export type Edit = readonly [op: number, a: number, b: number, c: number];

export const editArb: fc.Arbitrary<Edit> = fc.tuple(
  fc.nat({ max: 33 }),
  fc.nat({ max: 1000 }),
  fc.nat({ max: 1000 }),
  fc.nat({ max: 1000 }),
);

export const startArb: fc.Arbitrary<VDoc> = fc.oneof(
  fc.constantFrom(...templates(), emptyDoc('Empty')),
  fc
    .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 1000 }))
    .map(([size, seed]) => generateDocument(size, seed)),
);

function replaceAt(doc: VDoc, i: number, node: VNode): VDoc {
  const nodes = doc.nodes.slice();
  nodes[i] = node;
  return { ...doc, nodes };
}

function withoutKey<T extends object>(obj: T, key: keyof T): T {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/** Applies one edit; returns the document unchanged when the edit does not apply. */
export function applyEdit(doc: VDoc, [op, a, b, c]: Edit): VDoc {
  const nodes = doc.nodes;
  const n = nodes.length;
  const node = n > 0 ? nodes[a % n]! : undefined;
  const other = n > 0 ? nodes[b % n]! : undefined;
  const parentPick = n > 0 && b % (n + 1) < n ? nodes[b % (n + 1)]!.id : undefined;
  const [propName, propValue] = PROP_POOL[c % PROP_POOL.length]!;
  const kind = KIND_POOL[a % KIND_POOL.length]!;
  switch (op) {
    case 0:
    case 1: {
      const props = { ...KIND_PROPS[kind], ...(c % 3 === 0 ? { [propName]: propValue } : {}) };
      const added = addNode(doc, {
        kind,
        props,
        label: `new ${kind}`,
        ...(parentPick === undefined ? {} : { parent: parentPick }),
        ...(c % 2 === 0 ? { siblingIndex: c % 4 } : {}),
      });
      return added?.doc ?? doc;
    }
    case 2:
      return node
        ? (moveNode(doc, node.id, parentPick, c % 3 === 0 ? c % 4 : undefined) ?? doc)
        : doc;
    case 3:
    case 4:
      return node
        ? (setProp(doc, node.id, propName, b % 6 === 0 ? undefined : propValue) ?? doc)
        : doc;
    case 5:
      return node ? (setLabel(doc, node.id, `label ${b % 7}`) ?? doc) : doc;
    case 6: {
      if (!node) return doc;
      const k = KIND_POOL[b % KIND_POOL.length]!;
      return insertBeneath(doc, node.id, { kind: k, props: { ...KIND_PROPS[k] } })?.doc ?? doc;
    }
    case 7: {
      const links = doc.links;
      const id = b % 2 === 0 || links.length === 0 ? node?.id : links[b % links.length]!.id;
      return id === undefined ? doc : (deleteElements(doc, [id]) ?? doc);
    }
    case 8:
      return node && other
        ? (addLink(doc, node.id, other.id, LINK_DRIVERS[c % LINK_DRIVERS.length])?.doc ?? doc)
        : doc;
    case 9: // a parent that names nothing
      return node ? replaceAt(doc, a % n, { ...node, parent: `ghost${b % 3}` }) : doc;
    case 10: // any parent at all, cycles included
      return node && other ? replaceAt(doc, a % n, { ...node, parent: other.id }) : doc;
    case 11: // a second element with an existing id
      return node ? { ...doc, nodes: [...nodes, { ...node, label: 'copy' }] } : doc;
    case 12: // a link with a node's id, or a node with a link's id
      if (doc.links.length > 0 && b % 2 === 0) {
        const link = doc.links[b % doc.links.length]!;
        return { ...doc, nodes: [...nodes, { id: link.id, kind: 'hardware', props: {} }] };
      }
      return node
        ? {
            ...doc,
            links: [
              ...doc.links,
              { id: node.id, from: node.id, to: 'x', kind: 'network', props: {} },
            ],
          }
        : doc;
    case 13: {
      // swap two elements (the same objects, reordered)
      if (!node || !other) return doc;
      const swapped = nodes.slice();
      swapped[a % n] = other;
      swapped[b % n] = node;
      return { ...doc, nodes: swapped };
    }
    case 14: // an element whose id a parent was waiting for
      return {
        ...doc,
        nodes: [
          ...nodes,
          { id: `ghost${b % 3}`, kind: KIND_POOL[c % KIND_POOL.length]!, props: {} },
        ],
      };
    case 15: // rename, leaving children and links behind
      return node ? replaceAt(doc, a % n, { ...node, id: `r${b % 50}` }) : doc;
    case 16: {
      // settings
      const settings =
        b % 3 === 0
          ? { ...doc.settings, cpuOvercommitRatio: [1, 4, -1, 'x'][c % 4] }
          : b % 3 === 1
            ? {
                ...doc.settings,
                rules: { 'stack/unplaced': ['off', 'info', 'error', 'loud'][c % 4] },
              }
            : withoutKey(doc.settings, 'rules');
      return { ...doc, settings };
    }
    case 17: {
      // a link with a missing end
      const link: VLink = {
        id: `lx${c % 20}`,
        from: node?.id ?? 'nobody',
        to: `ghost${b % 3}`,
        kind: c % 5 === 0 ? 'serial' : 'network',
        props: { driver: c % 7 === 0 ? 'wifi' : 'bridge' },
      };
      return { ...doc, links: [...doc.links, link] };
    }
    case 18: // remove one element only: what stood on it is left orphaned
      return node ? { ...doc, nodes: nodes.filter((_, k) => k !== a % n) } : doc;
    case 19:
      return { ...doc, title: `title ${b}` };
    case 20: {
      // move one object to another place in the array, unchanged
      if (!node) return doc;
      const rest = nodes.filter((_, k) => k !== a % n);
      rest.splice(b % (rest.length + 1), 0, node);
      return { ...doc, nodes: rest };
    }
    case 21: {
      // drop a later element sharing an id, healing a duplicate
      const seen = new Set<string>();
      const at = nodes.findIndex((x) => (seen.has(x.id) ? true : (seen.add(x.id), false)));
      return at < 0 ? doc : { ...doc, nodes: nodes.filter((_, k) => k !== at) };
    }
    case 22: // a raw invalid value
      return node
        ? replaceAt(doc, a % n, { ...node, props: { ...node.props, [propName]: 'bogus' } })
        : doc;
    case 24:
    case 26:
    case 28: {
      // what everything above depends on: a machine's arch, CPUs or memory
      const machines = nodes.filter((x) => x.kind === 'hardware' || x.kind === 'os');
      if (machines.length === 0) return doc;
      const m = machines[b % machines.length]!;
      const [name, value] = [
        ['arch', 'arm64'],
        ['arch', 'x86_64'],
        ['cpuCores', 1 + (c % 9)],
        ['memoryGiB', c % 70],
        ['vcpus', 1 + (c % 9)],
        ['family', c % 2 === 0 ? 'linux' : 'windows'],
      ][c % 6]!;
      return setProp(doc, m.id, name as string, value) ?? doc;
    }
    case 25:
    case 27:
    case 29: {
      // move a whole subtree somewhere else
      const parents = nodes.filter((x) => nodes.some((y) => y.parent === x.id));
      if (parents.length === 0) return doc;
      const moved = parents[a % parents.length]!;
      return moveNode(doc, moved.id, parentPick) ?? doc;
    }
    case 30: {
      // a new version of a link, under the same id
      if (doc.links.length === 0) return doc;
      const at = b % doc.links.length;
      const links = doc.links.slice();
      links[at] = { ...links[at]!, props: { driver: ['bridge', 'overlay', 'none'][c % 3] } };
      return { ...doc, links };
    }
    case 31: {
      // a link moved to another place in the array, unchanged
      if (doc.links.length < 2) return doc;
      const link = doc.links[b % doc.links.length]!;
      const rest = doc.links.filter((l) => l !== link);
      rest.splice(c % (rest.length + 1), 0, link);
      return { ...doc, links: rest };
    }
    case 32: {
      // a node's and a link's ids swapped in one edit
      if (!node || doc.links.length === 0) return doc;
      const at = b % doc.links.length;
      const link = doc.links[at]!;
      const links = doc.links.slice();
      links[at] = { ...link, id: node.id };
      return { ...replaceAt(doc, a % n, { ...node, id: link.id }), links };
    }
    case 33: {
      // a link taken out and a node with its id put in, or the other way round
      if (doc.links.length > 0 && c % 2 === 0) {
        const link = doc.links[b % doc.links.length]!;
        return {
          ...doc,
          nodes: [...nodes, { id: link.id, kind: kind, props: { ...KIND_PROPS[kind] } }],
          links: doc.links.filter((l) => l !== link),
        };
      }
      if (!node) return doc;
      return {
        ...doc,
        nodes: nodes.filter((x) => x !== node),
        links: [
          ...doc.links,
          { id: node.id, from: other?.id ?? 'x', to: 'y', kind: 'network', props: {} },
        ],
      };
    }
    default: // a burst: several nodes added at once in the middle
      if (n === 0) return doc;
      return {
        ...doc,
        nodes: [
          ...nodes.slice(0, a % n),
          ...Array.from({ length: 1 + (c % 12) }, (_, k) => ({
            id: `burst${b}-${k}`,
            kind: KIND_POOL[(c + k) % KIND_POOL.length]!,
            parent: k === 0 ? nodes[b % n]!.id : `burst${b}-${k - 1}`,
            props: { ...KIND_PROPS[KIND_POOL[(c + k) % KIND_POOL.length]!] },
          })),
          ...nodes.slice(a % n),
        ],
      };
  }
}
