import { describe, expect, it } from 'vitest';
import { missingParent as rule } from '../../../../app/rules/doc/missing-parent';
import { doc, runRule } from '../run-rule';

describe('doc/missing-parent', () => {
  it('reports an element whose parent names nothing, naming the element', () => {
    const d = doc([{ id: 'c1', kind: 'container', label: 'web', parent: 'eng9' }]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'doc/missing-parent',
        severity: 'error',
        message: 'Container "web" (c1) sits on "eng9", which names no element',
        elements: ['c1'],
      },
    ]);
  });

  it('reports elements of unknown kind too', () => {
    expect(
      runRule(rule, doc([{ id: 'x', kind: 'blob', parent: 'y' }])).map((d) => d.message),
    ).toEqual(['"x" sits on "y", which names no element']);
  });

  it('is silent for elements on existing parents, and for roots', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'c1', kind: 'container' },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('fixes it by making the element a stack of its own', () => {
    const d = doc([{ id: 'hw1', kind: 'hardware', parent: 'gone' }]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Make it a stack of its own']);
    expect(runRule(rule, fixes[0]!.apply(d))).toEqual([]);
  });
});
