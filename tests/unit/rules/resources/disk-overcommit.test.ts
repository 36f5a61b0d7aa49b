import { describe, expect, it } from 'vitest';
import { diskOvercommit as rule } from '../../../../app/rules/resources/disk-overcommit';
import { doc, runRule } from '../run-rule';

const server = (disk: unknown, ...guests: unknown[]) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'NAS', props: { diskGiB: disk } },
    { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
    ...guests.map((diskGiB, i) => ({
      id: `g${i}`,
      kind: 'os',
      parent: 'hv',
      label: `VM ${i}`,
      props: { family: 'linux', diskGiB },
    })),
  ]);

describe('resources/disk-overcommit', () => {
  it("names the machine when its guests' disks add up past it", () => {
    const out = runRule(rule, server(500, 200, 200, 200));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['hw']);
    expect(out[0]!.message).toContain('"NAS" (hw)');
    expect(out[0]!.message).toMatch(/600 GiB.*500 GiB/);
  });

  it('names a guest OS acting as machine for nested guests', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { diskGiB: 10000 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', label: 'Lab', props: { family: 'linux', diskGiB: 100 } },
      { id: 'kvm', kind: 'hypervisor', parent: 'g', props: { hypervisorType: 'type2' } },
      { id: 'n1', kind: 'os', parent: 'kvm', props: { family: 'linux', diskGiB: 60 } },
      { id: 'n2', kind: 'os', parent: 'kvm', props: { family: 'linux', diskGiB: 60 } },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([['g']]);
  });

  it('is quiet when the disks fit', () => {
    expect(runRule(rule, server(600, 200, 200, 200))).toEqual([]);
    expect(runRule(rule, server(600))).toEqual([]);
  });

  it('skips a machine with no or invalid disk, and counts guests without a figure as 0', () => {
    expect(runRule(rule, server(undefined, 1000))).toEqual([]);
    expect(runRule(rule, server(null, 1000))).toEqual([]);
    expect(runRule(rule, server(100, -500, 'x', 100))).toEqual([]);
  });
});
