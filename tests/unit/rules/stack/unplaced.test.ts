import { describe, expect, it } from 'vitest';
import { unplaced as rule } from '../../../../app/rules/stack/unplaced';
import { doc, runRule } from '../run-rule';

describe('stack/unplaced', () => {
  it('reports an element other than hardware with no parent, as a warning', () => {
    const d = doc([
      { id: 'hv1', kind: 'hypervisor', label: 'ESXi', props: { hypervisorType: 'type1' } },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'stack/unplaced',
        severity: 'warning',
        message: 'Hypervisor "ESXi" (hv1) sits on nothing: it runs nowhere',
        elements: ['hv1'],
      },
    ]);
  });

  it('never reports hardware, placed elements, or elements of unknown kind', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'x', kind: 'sticky-note' },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('does not report an element whose parent names nothing (doc/missing-parent does)', () => {
    expect(runRule(rule, doc([{ id: 'c1', kind: 'container', parent: 'gone' }]))).toEqual([]);
  });

  it('reports every unplaced kind', () => {
    const kinds = ['hypervisor', 'os', 'container-engine', 'container', 'runtime', 'app'];
    const d = doc(kinds.map((kind, i) => ({ id: `n${i}`, kind })));
    expect(runRule(rule, d)).toHaveLength(kinds.length);
  });
});
