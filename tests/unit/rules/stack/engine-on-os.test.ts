import { describe, expect, it } from 'vitest';
import { engineOnOs as rule } from '../../../../app/rules/stack/engine-on-os';
import { doc, runRule } from '../run-rule';

describe('stack/engine-on-os', () => {
  it('reports a container engine on hardware', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware', label: 'Server' },
      { id: 'e1', kind: 'container-engine', parent: 'hw1', label: 'Docker' },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/engine-on-os',
        severity: 'error',
        message: 'Container engine "Docker" (e1) sits on hardware "Server" (hw1), not on an OS',
        elements: ['e1'],
      },
    ]);
  });

  it('accepts an engine on a host OS or a guest OS', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'e1', kind: 'container-engine', parent: 'os1' },
      { id: 'hw2', kind: 'hardware' },
      { id: 'hv', kind: 'hypervisor', parent: 'hw2', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux' } },
      { id: 'e2', kind: 'container-engine', parent: 'g' },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('fixes an engine on hardware by inserting a host OS beneath', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'e1', kind: 'container-engine', parent: 'hw1' },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Insert a host OS beneath']);
    expect(runRule(rule, fixes[0]!.apply(d))).toEqual([]);
  });

  it('offers no fix for an engine on a container', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'e1', kind: 'container-engine', parent: 'os1' },
      { id: 'c1', kind: 'container', parent: 'e1' },
      { id: 'e2', kind: 'container-engine', parent: 'c1' },
    ]);
    const diags = runRule(rule, d);
    expect(diags.map((x) => x.elements)).toEqual([['e2']]);
    expect(rule.fixes!(d, diags[0]!)).toEqual([]);
  });
});
