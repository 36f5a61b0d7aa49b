// Random documents for property tests: known and unknown kinds, parents that name other
// elements, nothing, or form cycles, duplicate ids, long and odd labels, some positions,
// links between anything.
import fc from 'fast-check';
import type { VDoc, VLink, VNode } from '../../../app/model/document';
import { KINDS } from '../../../app/model/kinds';

const KIND = fc.constantFrom<string>(...KINDS, 'router', '');

const LABEL = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Server',
      'ESXi',
      'Ubuntu 24.04 LTS',
      'web',
      'api',
      'A much longer label that has to wrap onto more lines',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant('W'.repeat(300)) },
);

export interface NodeSeed {
  kind: string;
  label: string | undefined;
  /** Index of the parent among the nodes, -1 for none, -2 for a missing id. */
  parent: number;
  position: { x: number; y: number } | undefined;
  dupId: boolean;
  props: Record<string, unknown>;
}

const PROPS = fc.constantFrom<Record<string, unknown>>(
  {},
  { hypervisorType: 'type1' },
  { hypervisorType: 'type2' },
  { family: 'linux' },
  { family: 'windows' },
  { image: 'nginx:1.27' },
  { product: 'jvm' },
  { artifact: 'jar' },
  { arch: 'arm64' },
);

export const nodeSeeds = (max = 30) =>
  fc.array(
    fc.record({
      kind: KIND,
      label: fc.option(LABEL, { nil: undefined }),
      parent: fc.integer({ min: -2, max: max - 1 }),
      position: fc.option(
        fc.record({
          x: fc.integer({ min: -800, max: 800 }),
          y: fc.integer({ min: -800, max: 800 }),
        }),
        { nil: undefined, freq: 3 },
      ),
      dupId: fc.integer({ min: 0, max: 9 }).map((v) => v === 0),
      props: PROPS,
    }),
    { maxLength: max },
  );

export const linkSeeds = fc.array(
  fc.record({
    from: fc.integer({ min: 0, max: 40 }),
    to: fc.integer({ min: 0, max: 40 }),
    driver: fc.constantFrom('bridge', 'overlay', 'host', 'none', 'a rather long driver name'),
  }),
  { maxLength: 8 },
);

export function buildDoc(
  seeds: readonly NodeSeed[],
  links: readonly { from: number; to: number; driver: string }[] = [],
): VDoc {
  const ids = seeds.map((s, i) => (s.dupId && i > 0 ? `n${i - 1}` : `n${i}`));
  const nodes: VNode[] = seeds.map((s, i) => ({
    id: ids[i]!,
    kind: s.kind,
    ...(s.label === undefined ? {} : { label: s.label }),
    ...(s.parent === -2
      ? { parent: 'missing' }
      : s.parent >= 0 && s.parent < seeds.length
        ? { parent: ids[s.parent]! }
        : {}),
    ...(s.position ? { position: s.position } : {}),
    props: s.props,
  }));
  const vlinks: VLink[] = [];
  links.forEach((l, i) => {
    if (nodes.length === 0) return;
    vlinks.push({
      id: `l${i}`,
      from: ids[l.from % nodes.length]!,
      to: ids[l.to % nodes.length]!,
      kind: 'network',
      props: { driver: l.driver },
    });
  });
  return { format: 'vtopo', version: 1, nodes, links: vlinks, settings: {} };
}
