import { describe, expect, it } from 'vitest';
import type { VLink } from '../../../../app/model/document';
import { bridgeSingleHost as rule } from '../../../../app/rules/network/bridge-single-host';
import { doc, runRule } from '../run-rule';
import { applyFix } from '../compat/apply-fix';

const link = (from: string, to: string, driver: unknown, id = 'l1'): VLink => ({
  id,
  from,
  to,
  kind: 'network',
  props: { driver },
});

const hosts = (...links: VLink[]) =>
  doc(
    [
      { id: 'os', kind: 'os', props: { family: 'linux' } },
      { id: 'e1', kind: 'container-engine', parent: 'os', label: 'Docker A' },
      { id: 'e2', kind: 'container-engine', parent: 'os', label: 'Docker B' },
      { id: 'web', kind: 'container', parent: 'e1', label: 'Web' },
      { id: 'cache', kind: 'container', parent: 'e1', label: 'cache' },
      { id: 'db', kind: 'container', parent: 'e2', label: 'DB' },
      { id: 'loose', kind: 'container', label: 'loose' },
    ],
    links,
  );

describe('network/bridge-single-host', () => {
  it('names a bridge link between containers on different engines', () => {
    const out = runRule(rule, hosts(link('web', 'db', 'bridge')));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['l1']);
    expect(out[0]!.message).toContain('"l1"');
    expect(out[0]!.message).toContain('"Web" (web)');
    expect(out[0]!.message).toContain('"DB" (db)');
    expect(out[0]!.message).toContain('"Docker A" (e1)');
    expect(out[0]!.message).toContain('"Docker B" (e2)');
  });

  it('is quiet on one engine, for other drivers, and when an end is not a placed container', () => {
    expect(runRule(rule, hosts(link('web', 'cache', 'bridge')))).toEqual([]);
    expect(runRule(rule, hosts(link('web', 'db', 'overlay')))).toEqual([]);
    expect(runRule(rule, hosts(link('web', 'loose', 'bridge')))).toEqual([]);
    expect(runRule(rule, hosts(link('web', 'e2', 'bridge')))).toEqual([]);
    expect(runRule(rule, hosts(link('web', 'nowhere', 'bridge')))).toEqual([]);
  });

  it('skips invalid drivers and links of another kind', () => {
    expect(runRule(rule, hosts(link('web', 'db', 'Bridge')))).toEqual([]);
    expect(runRule(rule, hosts({ ...link('web', 'db', 'bridge'), kind: 'serial' }))).toEqual([]);
  });

  it('fixes by switching the link to an overlay network', () => {
    const before = hosts(link('web', 'cache', 'bridge', 'l0'), link('web', 'db', 'bridge'));
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'overlay');
    expect(after.links.map((l) => l.props.driver)).toEqual(['bridge', 'overlay']);
    expect(runRule(rule, after)).toEqual([]);
  });
});
