import { describe, expect, it } from 'vitest';
import { hypervisorType1OnHardware as rule } from '../../../../app/rules/stack/hypervisor-type1-on-hardware';
import { doc, runRule } from '../run-rule';

const hostOs = [
  { id: 'hw1', kind: 'hardware', label: 'Server' },
  { id: 'os1', kind: 'os', parent: 'hw1', label: 'Ubuntu', props: { family: 'linux' } },
];

describe('stack/hypervisor-type1-on-hardware', () => {
  it('reports a type-1 hypervisor on an OS', () => {
    const d = doc([
      ...hostOs,
      {
        id: 'hv1',
        kind: 'hypervisor',
        parent: 'os1',
        label: 'ESXi',
        props: { hypervisorType: 'type1' },
      },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/hypervisor-type1-on-hardware',
        severity: 'error',
        message: 'Type-1 hypervisor "ESXi" (hv1) sits on OS "Ubuntu" (os1), not on hardware',
        elements: ['hv1'],
      },
    ]);
  });

  it('accepts a type-1 hypervisor on hardware, and ignores type-2 ones', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'hv1', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type1' } },
      { id: 'g1', kind: 'os', parent: 'hv1', props: { family: 'linux' } },
      { id: 'hv2', kind: 'hypervisor', parent: 'g1', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('skips a hypervisor whose type is missing or invalid, or that is unplaced', () => {
    const d = doc([
      ...hostOs,
      { id: 'hv1', kind: 'hypervisor', parent: 'os1', props: {} },
      { id: 'hv2', kind: 'hypervisor', parent: 'os1', props: { hypervisorType: 'type3' } },
      { id: 'hv3', kind: 'hypervisor', props: { hypervisorType: 'type1' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('fires on an element of unknown kind beneath: an unknown thing is not hardware', () => {
    const d = doc([
      { id: 'x', kind: 'mainframe-partition' },
      { id: 'hv1', kind: 'hypervisor', parent: 'x', props: { hypervisorType: 'type1' } },
    ]);
    expect(runRule(rule, d).map((x) => x.message)).toEqual([
      'Type-1 hypervisor "hv1" sits on "x", not on hardware',
    ]);
  });

  it('fixes a type-1 on an OS by making it type-2', () => {
    const d = doc([
      ...hostOs,
      { id: 'hv1', kind: 'hypervisor', parent: 'os1', props: { hypervisorType: 'type1' } },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Make it a type-2 hypervisor']);
    const fixed = fixes[0]!.apply(d);
    expect(fixed.nodes.find((n) => n.id === 'hv1')?.props.hypervisorType).toBe('type2');
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it('offers no type change for one on a container engine', () => {
    const d = doc([
      ...hostOs,
      { id: 'e', kind: 'container-engine', parent: 'os1' },
      { id: 'hv1', kind: 'hypervisor', parent: 'e', props: { hypervisorType: 'type1' } },
    ]);
    expect(rule.fixes!(d, runRule(rule, d)[0]!)).toEqual([]);
  });
});
