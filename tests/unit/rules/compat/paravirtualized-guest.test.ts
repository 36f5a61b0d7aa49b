import { describe, expect, it } from 'vitest';
import { paravirtualizedGuest as rule } from '../../../../app/rules/compat/paravirtualized-guest';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';
import { guestOn } from './guest-on';

describe('compat/paravirtualized-guest', () => {
  it('names a paravirtualized guest on a hypervisor without paravirtualization', () => {
    const out = runRule(rule, guestOn({}, {}, { paravirtualized: true }));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['g']);
    expect(out[0]!.message).toContain('"Pi OS" (g)');
    expect(out[0]!.message).toContain('"KVM" (hv)');
  });

  it('is quiet when the hypervisor offers it or the guest is unmodified', () => {
    expect(
      runRule(rule, guestOn({}, { paravirtualization: true }, { paravirtualized: true })),
    ).toEqual([]);
    expect(runRule(rule, guestOn({}, {}, {}))).toEqual([]);
    expect(runRule(rule, guestOn({}, {}, { paravirtualized: false }))).toEqual([]);
  });

  it('skips invalid flags and host OSes', () => {
    expect(runRule(rule, guestOn({}, {}, { paravirtualized: 'yes' }))).toEqual([]);
    expect(
      runRule(rule, guestOn({}, { paravirtualization: 'no' }, { paravirtualized: true })),
    ).toEqual([]);
    const host = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux', paravirtualized: true } },
    ]);
    expect(runRule(rule, host)).toEqual([]);
  });

  it('fixes by turning on paravirtualization, or by an unmodified kernel', () => {
    const before = guestOn({}, {}, { paravirtualized: true });
    const [d] = runRule(rule, before);
    expect(
      runRule(rule, applyFix(rule, before, d!, 'Turn on paravirtualization on "KVM"')),
    ).toEqual([]);
    expect(runRule(rule, applyFix(rule, before, d!, 'Use an unmodified kernel'))).toEqual([]);
  });
});
