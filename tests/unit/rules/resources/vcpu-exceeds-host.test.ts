import { describe, expect, it } from 'vitest';
import { vcpuExceedsHost as rule } from '../../../../app/rules/resources/vcpu-exceeds-host';
import { doc, runRule } from '../run-rule';
import { applyFix } from '../compat/apply-fix';

const server = (cores: unknown, ...guests: [string, unknown][]) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Server', props: { cpuCores: cores } },
    {
      id: 'hv',
      kind: 'hypervisor',
      parent: 'hw',
      label: 'ESXi',
      props: { hypervisorType: 'type1' },
    },
    ...guests.map(([id, vcpus]) => ({
      id,
      kind: 'os',
      parent: 'hv',
      label: `VM ${id}`,
      props: { family: 'linux', vcpus },
    })),
  ]);

describe('resources/vcpu-exceeds-host', () => {
  it('names each guest with more vCPUs than its hardware has cores', () => {
    const out = runRule(rule, server(8, ['a', 16], ['b', 8], ['c', 9]));
    expect(out.map((d) => d.elements)).toEqual([['a'], ['c']]);
    expect(out[0]!.severity).toBe('error');
    expect(out[0]!.message).toContain('"VM a" (a)');
    expect(out[0]!.message).toContain('"Server" (hw)');
    expect(out[0]!.message).toMatch(/16 vCPUs.*8 CPU cores/);
  });

  it('counts a type-2 guest against the hardware under its host OS, a nested one against its guest', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', label: 'Laptop', props: { cpuCores: 4 } },
      { id: 'host', kind: 'os', parent: 'hw', props: { family: 'windows', vcpus: 64 } },
      { id: 'vb', kind: 'hypervisor', parent: 'host', props: { hypervisorType: 'type2' } },
      { id: 'g', kind: 'os', parent: 'vb', label: 'Lab', props: { family: 'linux', vcpus: 6 } },
      { id: 'kvm', kind: 'hypervisor', parent: 'g', props: { hypervisorType: 'type2' } },
      { id: 'n', kind: 'os', parent: 'kvm', label: 'Nested', props: { family: 'linux', vcpus: 5 } },
      { id: 'n2', kind: 'os', parent: 'kvm', props: { family: 'linux', vcpus: 6 } },
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['g']]);
    expect(out[0]!.message).toContain('"Laptop" (hw)');
    const small = runRule(rule, {
      ...d,
      nodes: d.nodes.map((n) =>
        n.id === 'g' ? { ...n, props: { family: 'linux', vcpus: 4 } } : n,
      ),
    });
    expect(small.map((x) => x.elements)).toEqual([['n'], ['n2']]);
    expect(small[0]!.message).toMatch(/5 vCPUs.*4 vCPUs of guest/);
  });

  it('is quiet within the machine, and skips where a figure is missing or invalid', () => {
    expect(runRule(rule, server(8, ['a', 8], ['b', 1]))).toEqual([]);
    expect(runRule(rule, server(undefined, ['a', 64]))).toEqual([]);
    expect(runRule(rule, server('eight', ['a', 64]))).toEqual([]);
    expect(runRule(rule, server(8, ['a', 2.5], ['b', -16], ['c', '32']))).toEqual([]);
    const floating = doc([
      { id: 'hv', kind: 'hypervisor', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux', vcpus: 99 } },
    ]);
    expect(runRule(rule, floating)).toEqual([]);
  });

  it("fixes by giving the guest the machine's CPU count", () => {
    const before = server(8, ['a', 16]);
    const [d] = runRule(rule, before);
    expect(runRule(rule, applyFix(rule, before, d!, 'Give "VM a" (a) 8 vCPUs'))).toEqual([]);
  });
});
