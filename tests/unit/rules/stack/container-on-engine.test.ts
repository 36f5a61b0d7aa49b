import { describe, expect, it } from 'vitest';
import { containerOnEngine as rule } from '../../../../app/rules/stack/container-on-engine';
import { doc, runRule } from '../run-rule';

describe('stack/container-on-engine', () => {
  it('reports a container right on an OS', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', label: 'Ubuntu', props: { family: 'linux' } },
      { id: 'c1', kind: 'container', parent: 'os1', label: 'web' },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/container-on-engine',
        severity: 'error',
        message: 'Container "web" (c1) sits on OS "Ubuntu" (os1), not on a container engine',
        elements: ['c1'],
      },
    ]);
  });

  it('accepts a container on an engine', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'e1', kind: 'container-engine', parent: 'os1' },
      { id: 'c1', kind: 'container', parent: 'e1' },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('fixes a container on an OS by inserting a container engine beneath', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'c1', kind: 'container', parent: 'os1' },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Insert a container engine beneath']);
    const fixed = fixes[0]!.apply(d);
    expect(fixed.nodes.filter((n) => n.kind === 'container-engine')).toHaveLength(1);
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it('offers no fix for a container on hardware (an engine there would be wrong too)', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'c1', kind: 'container', parent: 'hw1' },
    ]);
    expect(rule.fixes!(d, runRule(rule, d)[0]!)).toEqual([]);
  });
});
