import { describe, expect, it } from 'vitest';
import { runtimePlacement as rule } from '../../../../app/rules/stack/runtime-placement';
import { doc, runRule } from '../run-rule';

describe('stack/runtime-placement', () => {
  it('reports a runtime on a hypervisor', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      {
        id: 'hv1',
        kind: 'hypervisor',
        parent: 'hw1',
        label: 'KVM',
        props: { hypervisorType: 'type1' },
      },
      { id: 'rt1', kind: 'runtime', parent: 'hv1', label: 'JVM', props: { product: 'jvm' } },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/runtime-placement',
        severity: 'error',
        message: 'Runtime "JVM" (rt1) sits on hypervisor "KVM" (hv1), not on an OS or a container',
        elements: ['rt1'],
      },
    ]);
  });

  it('accepts a runtime on an OS or a container, and one with an invalid product', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'rt1', kind: 'runtime', parent: 'os1', props: { product: 'jvm' } },
      { id: 'e1', kind: 'container-engine', parent: 'os1' },
      { id: 'c1', kind: 'container', parent: 'e1' },
      { id: 'rt2', kind: 'runtime', parent: 'c1', props: { product: 'bogus' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('reports a runtime on a runtime', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'rt1', kind: 'runtime', parent: 'os1', props: { product: 'jvm' } },
      { id: 'rt2', kind: 'runtime', parent: 'rt1', props: { product: 'jvm' } },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([['rt2']]);
  });

  it('fixes a runtime on a hypervisor by inserting a guest OS beneath', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'hv1', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type1' } },
      { id: 'rt1', kind: 'runtime', parent: 'hv1', props: { product: 'jvm' } },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Insert a guest OS beneath']);
    expect(runRule(rule, fixes[0]!.apply(d))).toEqual([]);
  });
});
