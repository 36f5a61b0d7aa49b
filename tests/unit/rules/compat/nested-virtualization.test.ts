import { describe, expect, it } from 'vitest';
import { nestedVirtualization as rule } from '../../../../app/rules/compat/nested-virtualization';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const nested = (outer: Record<string, unknown>, inner: Record<string, unknown> = {}) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Server' },
    {
      id: 'kvm',
      kind: 'hypervisor',
      parent: 'hw',
      label: 'KVM',
      props: { hypervisorType: 'type1', ...outer },
    },
    { id: 'g', kind: 'os', parent: 'kvm', label: 'Lab VM', props: { family: 'linux' } },
    {
      id: 'vb',
      kind: 'hypervisor',
      parent: 'g',
      label: 'VirtualBox',
      props: { hypervisorType: 'type2', ...inner },
    },
    { id: 'g2', kind: 'os', parent: 'vb', label: 'Inner VM', props: { family: 'linux' } },
  ]);

describe('compat/nested-virtualization', () => {
  it('names the nested hypervisor when the one beneath hides the extensions', () => {
    const out = runRule(rule, nested({}));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['vb']);
    expect(out[0]!.message).toContain('"VirtualBox" (vb)');
    expect(out[0]!.message).toContain('"Lab VM" (g)');
    expect(out[0]!.message).toContain('"KVM" (kvm)');
  });

  it('is quiet with nested virtualization on, with emulation, or on a host OS', () => {
    expect(runRule(rule, nested({ nestedVirtualization: true }))).toEqual([]);
    expect(runRule(rule, nested({}, { emulation: true }))).toEqual([]);
    const hosted = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'host', kind: 'os', parent: 'hw', props: { family: 'windows' } },
      { id: 'vb', kind: 'hypervisor', parent: 'host', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, hosted)).toEqual([]);
  });

  it('skips invalid flags and unplaced elements', () => {
    expect(runRule(rule, nested({ nestedVirtualization: 'on' }))).toEqual([]);
    expect(runRule(rule, nested({}, { emulation: 1 }))).toEqual([]);
    const floating = doc([
      { id: 'g', kind: 'os', props: { family: 'linux' } },
      { id: 'vb', kind: 'hypervisor', parent: 'g', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, floating)).toEqual([]);
  });

  it('fixes by turning on nested virtualization on the hypervisor beneath', () => {
    const before = nested({});
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'Turn on nested virtualization on "KVM" (kvm)');
    expect(after.nodes.find((n) => n.id === 'kvm')!.props.nestedVirtualization).toBe(true);
    expect(runRule(rule, after)).toEqual([]);
  });
});
