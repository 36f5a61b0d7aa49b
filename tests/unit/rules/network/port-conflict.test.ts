import { describe, expect, it } from 'vitest';
import { portConflict as rule } from '../../../../app/rules/network/port-conflict';
import { doc, runRule } from '../run-rule';
import { applyFix } from '../compat/apply-fix';

const engine = (...containers: [string, unknown][]) =>
  doc([
    { id: 'hw', kind: 'hardware' },
    { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
    { id: 'eng', kind: 'container-engine', parent: 'os', label: 'Docker' },
    ...containers.map(([id, ports]) => ({
      id,
      kind: 'container',
      parent: 'eng',
      label: id.toUpperCase(),
      props: { ports },
    })),
  ]);

describe('network/port-conflict', () => {
  it('names every container publishing the same host port and protocol, once per group', () => {
    const out = runRule(
      rule,
      engine(
        ['web', ['8080:80']],
        ['api', ['8080:3000/tcp', '53:53/udp']],
        ['dns', ['53:5353/udp']],
      ),
    );
    expect(out.map((d) => d.elements)).toEqual([
      ['web', 'api'],
      ['api', 'dns'],
    ]);
    expect(out[0]!.severity).toBe('error');
    expect(out[0]!.message).toContain('"WEB" (web)');
    expect(out[0]!.message).toContain('"API" (api)');
    expect(out[0]!.message).toContain('"Docker" (eng)');
    expect(out[0]!.message).toContain('8080/tcp');
    expect(out[1]!.message).toContain('53/udp');
  });

  it('names three containers in one report', () => {
    const out = runRule(rule, engine(['a', ['80:80']], ['b', ['80:81']], ['c', ['80:82']]));
    expect(out.map((d) => d.elements)).toEqual([['a', 'b', 'c']]);
  });

  it('tells tcp from udp, and containers on different engines apart', () => {
    expect(runRule(rule, engine(['a', ['53:53/tcp']], ['b', ['53:53/udp']]))).toEqual([]);
    expect(runRule(rule, engine(['a', ['8080:80']], ['b', ['8081:80']]))).toEqual([]);
    const two = doc([
      { id: 'os', kind: 'os', props: { family: 'linux' } },
      { id: 'e1', kind: 'container-engine', parent: 'os' },
      { id: 'e2', kind: 'container-engine', parent: 'os' },
      { id: 'a', kind: 'container', parent: 'e1', props: { ports: ['80:80'] } },
      { id: 'b', kind: 'container', parent: 'e2', props: { ports: ['80:80'] } },
    ]);
    expect(runRule(rule, two)).toEqual([]);
  });

  it('finds a repeat among many ports, past the first sixteen too', () => {
    const many = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => [`c${i}`, [`${9000 + i}:80`, `0${100 + i}:80`]] as [string, unknown],
      );
    expect(runRule(rule, engine(...many(20)))).toEqual([]);
    const late = runRule(rule, engine(...many(20), ['x', ['9019:81']]));
    expect(late.map((d) => d.elements)).toEqual([['c19', 'x']]);
    const early = runRule(rule, engine(['x', ['0100:81']], ...many(20)));
    expect(early.map((d) => d.elements)).toEqual([['x', 'c0']]);
    // One container listing a port twice publishes it once.
    expect(runRule(rule, engine(...many(20), ['y', ['7000:1', '7000:2']]))).toEqual([]);
  });

  it('does not count one container twice, and skips invalid port lists', () => {
    expect(runRule(rule, engine(['a', ['80:80', '80:81']]))).toEqual([]);
    expect(runRule(rule, engine(['a', ['80:80']], ['b', ['80:80', 'bogus']]))).toEqual([]);
    expect(runRule(rule, engine(['a', ['80:80']], ['b', '80:80']))).toEqual([]);
    expect(runRule(rule, engine(['a', ['70000:80']], ['b', ['70000:80']]))).toEqual([]);
  });

  it('fixes by moving the last container to a free host port', () => {
    const before = engine(['web', ['8080:80']], ['api', ['8080:3000/tcp']], ['x', ['8081:1']]);
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'Publish "API" (api) on host port 8082');
    expect(after.nodes.find((n) => n.id === 'api')!.props.ports).toEqual(['8082:3000/tcp']);
    expect(runRule(rule, after)).toEqual([]);
  });
});
