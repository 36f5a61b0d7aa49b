import { describe, expect, it } from 'vitest';
import { emulatedGuest as rule } from '../../../../app/rules/compat/emulated-guest';
import { guestArch } from '../../../../app/rules/compat/guest-arch';
import { runRule } from '../run-rule';
import { guestOn } from './guest-on';

describe('compat/emulated-guest', () => {
  it('notes a guest of another arch run by an emulating hypervisor', () => {
    const d = guestOn({ arch: 'x86_64' }, { emulation: true }, { arch: 'arm64' });
    const out = runRule(rule, d);
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['g']);
    expect(out[0]!.severity).toBe('info');
    expect(out[0]!.message).toContain('"Pi OS" (g)');
    expect(out[0]!.message).toContain('"KVM" (hv)');
    // The same situation is never also an error.
    expect(runRule(guestArch, d)).toEqual([]);
  });

  it('is quiet without emulation (that is compat/guest-arch) or when the arches match', () => {
    expect(runRule(rule, guestOn({}, {}, { arch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, guestOn({}, { emulation: true }, { arch: 'x86_64' }))).toEqual([]);
    expect(runRule(rule, guestOn({}, { emulation: true }, {}))).toEqual([]);
  });

  it('skips invalid values', () => {
    expect(
      runRule(rule, guestOn({ arch: 'm68k' }, { emulation: true }, { arch: 'arm64' })),
    ).toEqual([]);
    expect(runRule(rule, guestOn({}, { emulation: 'true' }, { arch: 'arm64' }))).toEqual([]);
  });
});
