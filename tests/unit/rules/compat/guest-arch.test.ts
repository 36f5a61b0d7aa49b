import { describe, expect, it } from 'vitest';
import { guestArch as rule } from '../../../../app/rules/compat/guest-arch';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';
import { guestOn } from './guest-on';

describe('compat/guest-arch', () => {
  it('names a guest of another arch on a hypervisor without emulation', () => {
    const out = runRule(rule, guestOn({ arch: 'x86_64' }, {}, { arch: 'arm64' }));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['g']);
    expect(out[0]!.severity).toBe('error');
    expect(out[0]!.message).toContain('"Pi OS" (g)');
    expect(out[0]!.message).toContain('"KVM" (hv)');
  });

  it('compares with the arch beneath a nested hypervisor: the guest it runs in', () => {
    const nested = doc([
      { id: 'hw', kind: 'hardware', props: { arch: 'x86_64' } },
      {
        id: 'qemu',
        kind: 'hypervisor',
        parent: 'hw',
        props: { hypervisorType: 'type1', emulation: true },
      },
      { id: 'arm', kind: 'os', parent: 'qemu', props: { family: 'linux', arch: 'arm64' } },
      { id: 'kvm', kind: 'hypervisor', parent: 'arm', props: { hypervisorType: 'type2' } },
      {
        id: 'inner',
        kind: 'os',
        parent: 'kvm',
        label: 'Inner',
        props: { family: 'linux', arch: 'x86_64' },
      },
      { id: 'ok', kind: 'os', parent: 'kvm', props: { family: 'linux', arch: 'arm64' } },
    ]);
    expect(runRule(rule, nested).map((d) => d.elements)).toEqual([['inner']]);
  });

  it('is quiet when the arches match, the guest gives none, or the hypervisor emulates', () => {
    expect(runRule(rule, guestOn({ arch: 'arm64' }, {}, { arch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, guestOn({}, {}, { arch: 'x86_64' }))).toEqual([]);
    expect(runRule(rule, guestOn({ arch: 'arm64' }, {}, {}))).toEqual([]);
    expect(runRule(rule, guestOn({}, { emulation: true }, { arch: 'arm64' }))).toEqual([]);
  });

  it('skips invalid values and incomplete stacks', () => {
    expect(runRule(rule, guestOn({ arch: 'vax' }, {}, { arch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, guestOn({}, {}, { arch: 'arm' }))).toEqual([]);
    expect(runRule(rule, guestOn({}, { emulation: 'maybe' }, { arch: 'arm64' }))).toEqual([]);
    const floating = doc([
      { id: 'hv', kind: 'hypervisor', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux', arch: 'arm64' } },
    ]);
    expect(runRule(rule, floating)).toEqual([]);
  });

  it('fixes by turning on emulation, or by building the guest for the arch beneath', () => {
    const before = guestOn({}, {}, { arch: 'arm64' });
    const [d] = runRule(rule, before);
    const emulated = applyFix(rule, before, d!, 'Turn on emulation on "KVM" (hv)');
    expect(emulated.nodes.find((n) => n.id === 'hv')!.props.emulation).toBe(true);
    expect(runRule(rule, emulated)).toEqual([]);
    const rebuilt = applyFix(rule, before, d!, 'Build the guest for x86_64');
    expect(runRule(rule, rebuilt)).toEqual([]);
  });
});
