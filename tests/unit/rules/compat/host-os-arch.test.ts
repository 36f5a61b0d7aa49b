import { describe, expect, it } from 'vitest';
import { hostOsArch as rule } from '../../../../app/rules/compat/host-os-arch';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const host = (hw: Record<string, unknown>, os: Record<string, unknown>) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Raspberry Pi', props: hw },
    { id: 'os', kind: 'os', parent: 'hw', label: 'Ubuntu', props: { family: 'linux', ...os } },
  ]);

describe('compat/host-os-arch', () => {
  it('names a host OS built for another arch than its hardware', () => {
    const out = runRule(rule, host({ arch: 'arm64' }, { arch: 'x86_64' }));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['os']);
    expect(out[0]!.message).toContain('"Ubuntu" (os)');
    expect(out[0]!.message).toContain('"Raspberry Pi" (hw)');
    expect(out[0]!.message).toMatch(/x86_64.*arm64/);
  });

  it('compares against the default x86_64 hardware', () => {
    expect(runRule(rule, host({}, { arch: 'arm64' })).map((d) => d.elements)).toEqual([['os']]);
    expect(runRule(rule, host({}, { arch: 'x86_64' }))).toEqual([]);
  });

  it('is quiet when the arches match or the OS gives none', () => {
    expect(runRule(rule, host({ arch: 'arm64' }, { arch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, host({ arch: 'arm64' }, {}))).toEqual([]);
  });

  it('skips invalid arches, guests and unplaced OSes', () => {
    expect(runRule(rule, host({ arch: 'z80' }, { arch: 'x86_64' }))).toEqual([]);
    expect(runRule(rule, host({ arch: 'arm64' }, { arch: 'pdp11' }))).toEqual([]);
    const guest = doc([
      { id: 'hw', kind: 'hardware', props: { arch: 'arm64' } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux', arch: 'x86_64' } },
    ]);
    expect(runRule(rule, guest)).toEqual([]);
    expect(
      runRule(rule, doc([{ id: 'os', kind: 'os', props: { family: 'linux', arch: 'arm64' } }])),
    ).toEqual([]);
  });

  it("fixes by matching the hardware's arch", () => {
    const before = host({ arch: 'arm64' }, { arch: 'x86_64' });
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, "Match the hardware's arch");
    expect(after.nodes.find((n) => n.id === 'os')!.props.arch).toBe('arm64');
    expect(runRule(rule, after)).toEqual([]);
  });
});
