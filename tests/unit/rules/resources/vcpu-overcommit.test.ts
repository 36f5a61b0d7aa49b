import { describe, expect, it } from 'vitest';
import { vcpuOvercommit as rule } from '../../../../app/rules/resources/vcpu-overcommit';
import { doc, runRule } from '../run-rule';

const guest = (id: string, parent: string, props: Record<string, unknown>) => ({
  id,
  kind: 'os',
  parent,
  props: { family: 'linux', ...props },
});

describe('resources/vcpu-overcommit', () => {
  const twoHypervisors = (cores: unknown) =>
    doc([
      { id: 'hw', kind: 'hardware', label: 'Host A', props: { cpuCores: cores } },
      { id: 'host', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'kvm', kind: 'hypervisor', parent: 'host', props: { hypervisorType: 'type2' } },
      { id: 'vb', kind: 'hypervisor', parent: 'host', props: { hypervisorType: 'type2' } },
      guest('a', 'kvm', { vcpus: 8 }),
      guest('b', 'kvm', { vcpus: 8 }),
      guest('c', 'vb', { vcpus: 1 }),
      guest('d', 'vb', {}),
    ]);

  it('names the machine when the guests of all its hypervisors add up past cores × ratio', () => {
    const out = runRule(rule, twoHypervisors(4));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['hw']);
    expect(out[0]!.severity).toBe('warning');
    expect(out[0]!.message).toContain('"Host A" (hw)');
    expect(out[0]!.message).toMatch(/17 vCPUs.*4 CPU cores × 4.*= 16/);
  });

  it('is quiet at exactly the limit and reads the ratio from the context', () => {
    expect(runRule(rule, twoHypervisors(5))).toEqual([]);
    expect(runRule(rule, twoHypervisors(4), 5)).toEqual([]);
    expect(runRule(rule, twoHypervisors(5), 2).map((d) => d.elements)).toEqual([['hw']]);
  });

  it('counts nested guests against the guest OS they run in', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { cpuCores: 64 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { ...guest('g', 'hv', { vcpus: 2 }), label: 'Lab' },
      { id: 'kvm', kind: 'hypervisor', parent: 'g', props: { hypervisorType: 'type2' } },
      guest('n1', 'kvm', { vcpus: 2 }),
      guest('n2', 'kvm', { vcpus: 7 }),
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['g']]);
    expect(out[0]!.message).toContain('guest "Lab" (g)');
  });

  it('skips a machine that gives no CPU count, and guests with invalid figures count as 0', () => {
    expect(runRule(rule, twoHypervisors(undefined))).toEqual([]);
    expect(runRule(rule, twoHypervisors(0))).toEqual([]);
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { cpuCores: 1 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      guest('a', 'hv', { vcpus: 'lots' }),
      guest('b', 'hv', { vcpus: 4 }),
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });
});
