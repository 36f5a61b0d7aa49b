import { describe, expect, it } from 'vitest';
import type { VLink } from '../../../../app/model/document';
import { driverNone as rule } from '../../../../app/rules/network/driver-none';
import { doc, runRule } from '../run-rule';
import { applyFix } from '../compat/apply-fix';

const link = (driver: unknown, extra: Partial<VLink> = {}): VLink => ({
  id: 'net',
  from: 'a',
  to: 'b',
  kind: 'network',
  props: { driver },
  ...extra,
});

const pair = (...links: VLink[]) =>
  doc(
    [
      { id: 'a', kind: 'container', label: 'frontend' },
      { id: 'b', kind: 'container', label: 'backend' },
    ],
    links,
  );

describe('network/driver-none', () => {
  it('names a link with driver none', () => {
    const out = runRule(rule, pair(link('none')));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['net']);
    expect(out[0]!.severity).toBe('warning');
    expect(out[0]!.message).toContain('"net"');
    expect(out[0]!.message).toContain('"frontend" (a)');
    expect(out[0]!.message).toContain('"backend" (b)');
  });

  it('still names a dangling none link, by the ids it gives', () => {
    const out = runRule(rule, pair(link('none', { to: 'ghost' })));
    expect(out[0]!.message).toContain('"ghost"');
  });

  it('is quiet for other or invalid drivers', () => {
    for (const driver of ['bridge', 'host', 'overlay', 'macvlan', 'ipvlan', 'None', 0, undefined]) {
      expect(runRule(rule, pair(link(driver)))).toEqual([]);
    }
  });

  it('fixes by removing the link', () => {
    const before = pair(link('bridge', { id: 'keep' }), link('none'));
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'Remove the link');
    expect(after.links.map((l) => l.id)).toEqual(['keep']);
    expect(runRule(rule, after)).toEqual([]);
  });
});
