import { describe, expect, it } from 'vitest';
import { hypervisorType2OnOs as rule } from '../../../../app/rules/stack/hypervisor-type2-on-os';
import { doc, runRule } from '../run-rule';

describe('stack/hypervisor-type2-on-os', () => {
  it('reports a type-2 hypervisor on hardware', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware', label: 'Laptop' },
      {
        id: 'hv1',
        kind: 'hypervisor',
        parent: 'hw1',
        label: 'VirtualBox',
        props: { hypervisorType: 'type2' },
      },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/hypervisor-type2-on-os',
        severity: 'error',
        message:
          'Type-2 hypervisor "VirtualBox" (hv1) sits on hardware "Laptop" (hw1), not on an OS',
        elements: ['hv1'],
      },
    ]);
  });

  it('accepts a type-2 hypervisor on a host OS or a guest OS', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'windows' } },
      { id: 'hv1', kind: 'hypervisor', parent: 'os1', props: { hypervisorType: 'type2' } },
      { id: 'g1', kind: 'os', parent: 'hv1', props: { family: 'linux' } },
      { id: 'hv2', kind: 'hypervisor', parent: 'g1', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('skips an unplaced one and one whose parent names nothing', () => {
    const d = doc([
      { id: 'hv1', kind: 'hypervisor', props: { hypervisorType: 'type2' } },
      { id: 'hv2', kind: 'hypervisor', parent: 'gone', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('on hardware, fixes by inserting a host OS beneath, or by making it type-1', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'hv1', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type2' } },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual([
      'Insert a host OS beneath',
      'Make it a type-1 hypervisor',
    ]);
    const withOs = fixes[0]!.apply(d);
    const os = withOs.nodes.find((n) => n.kind === 'os');
    expect(os).toMatchObject({ parent: 'hw1', props: { family: 'linux' } });
    expect(withOs.nodes.find((n) => n.id === 'hv1')?.parent).toBe(os?.id);
    expect(runRule(rule, withOs)).toEqual([]);
    expect(runRule(rule, fixes[1]!.apply(d))).toEqual([]);
  });

  it('on a hypervisor, fixes by inserting a guest OS beneath', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'hv0', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type1' } },
      { id: 'hv1', kind: 'hypervisor', parent: 'hv0', props: { hypervisorType: 'type2' } },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Insert a guest OS beneath']);
    expect(runRule(rule, fixes[0]!.apply(d))).toEqual([]);
  });
});
