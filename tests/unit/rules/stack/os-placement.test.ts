import { describe, expect, it } from 'vitest';
import { osPlacement as rule } from '../../../../app/rules/stack/os-placement';
import { doc, runRule } from '../run-rule';

describe('stack/os-placement', () => {
  it('reports an OS on a container engine', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'e1', kind: 'container-engine', parent: 'os1', label: 'Docker' },
      { id: 'os2', kind: 'os', parent: 'e1', label: 'Alpine', props: { family: 'linux' } },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/os-placement',
        severity: 'error',
        message:
          'OS "Alpine" (os2) sits on container engine "Docker" (e1), not on hardware or a hypervisor',
        elements: ['os2'],
      },
    ]);
  });

  it('reports an OS right on another OS', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'os2', kind: 'os', parent: 'os1', props: { family: 'linux' } },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([['os2']]);
  });

  it('accepts host OSes on hardware and guest OSes on hypervisors, whatever their props', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'hv1', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type1' } },
      { id: 'g1', kind: 'os', parent: 'hv1', props: { family: 'nonsense' } },
      { id: 'hw2', kind: 'hardware' },
      { id: 'os2', kind: 'os', parent: 'hw2' },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('says nothing about an unplaced OS', () => {
    expect(runRule(rule, doc([{ id: 'os1', kind: 'os', props: { family: 'linux' } }]))).toEqual([]);
  });
});
