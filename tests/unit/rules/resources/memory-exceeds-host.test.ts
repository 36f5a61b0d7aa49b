import { describe, expect, it } from 'vitest';
import { memoryExceedsHost as rule } from '../../../../app/rules/resources/memory-exceeds-host';
import { doc, runRule } from '../run-rule';
import { applyFix } from '../compat/apply-fix';

const server = (mem: unknown, ...guests: [string, unknown][]) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Server', props: { memoryGiB: mem } },
    { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
    ...guests.map(([id, memoryGiB]) => ({
      id,
      kind: 'os',
      parent: 'hv',
      label: `VM ${id}`,
      props: { family: 'linux', memoryGiB },
    })),
  ]);

describe('resources/memory-exceeds-host', () => {
  it('names each guest with more memory than its machine', () => {
    const out = runRule(rule, server(32, ['a', 48], ['b', 32], ['c', 32.5]));
    expect(out.map((d) => d.elements)).toEqual([['a'], ['c']]);
    expect(out[0]!.severity).toBe('error');
    expect(out[0]!.message).toContain('"VM a" (a)');
    expect(out[0]!.message).toContain('"Server" (hw)');
    expect(out[1]!.message).toMatch(/32\.5 GiB.*32 GiB/);
  });

  it('measures a nested guest against the guest it runs in', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { memoryGiB: 256 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', label: 'Lab', props: { family: 'linux', memoryGiB: 8 } },
      { id: 'kvm', kind: 'hypervisor', parent: 'g', props: { hypervisorType: 'type2' } },
      {
        id: 'n',
        kind: 'os',
        parent: 'kvm',
        label: 'Inner',
        props: { family: 'linux', memoryGiB: 16 },
      },
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['n']]);
    expect(out[0]!.message).toContain('guest "Lab" (g)');
  });

  it('is quiet within the machine, and skips missing or invalid figures', () => {
    expect(runRule(rule, server(32, ['a', 32], ['b', 32]))).toEqual([]);
    expect(runRule(rule, server(undefined, ['a', 999]))).toEqual([]);
    expect(runRule(rule, server(-1, ['a', 999]))).toEqual([]);
    expect(runRule(rule, server(32, ['a', '64'], ['b', undefined]))).toEqual([]);
  });

  it("fixes by giving the guest the machine's memory", () => {
    const before = server(32, ['a', 48]);
    const [d] = runRule(rule, before);
    expect(runRule(rule, applyFix(rule, before, d!, 'Give "VM a" (a) 32 GiB'))).toEqual([]);
  });
});
