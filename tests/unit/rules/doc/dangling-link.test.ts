import { describe, expect, it } from 'vitest';
import { danglingLink as rule } from '../../../../app/rules/doc/dangling-link';
import { doc, runRule } from '../run-rule';

const nodes = [
  { id: 'c1', kind: 'container', label: 'web' },
  { id: 'c2', kind: 'container', label: 'db' },
];
const link = (id: string, from: string, to: string) => ({
  id,
  from,
  to,
  kind: 'network',
  props: { driver: 'bridge' },
});

describe('doc/dangling-link', () => {
  it('reports a link whose end names nothing, naming the link', () => {
    expect(runRule(rule, doc(nodes, [link('l1', 'c1', 'c9')]))).toEqual([
      {
        rule: 'doc/dangling-link',
        severity: 'error',
        message: 'Link "l1" joins "web" (c1) and "c9", but "c9" names no element',
        elements: ['l1'],
      },
    ]);
  });

  it('reports a link with both ends missing once', () => {
    expect(runRule(rule, doc(nodes, [link('l1', 'x', 'y')])).map((d) => d.message)).toEqual([
      'Link "l1" joins "x" and "y", neither of which names an element',
    ]);
  });

  it('is silent for links between existing elements', () => {
    expect(runRule(rule, doc(nodes, [link('l1', 'c1', 'c2')]))).toEqual([]);
  });

  it('fixes it by deleting the link, and only the link', () => {
    const d = doc(nodes, [link('l1', 'c1', 'c9'), link('l2', 'c1', 'c2')]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Delete the link']);
    const fixed = fixes[0]!.apply(d);
    expect(fixed.links.map((l) => l.id)).toEqual(['l2']);
    expect(fixed.nodes).toBe(d.nodes);
    expect(runRule(rule, fixed)).toEqual([]);
  });
});
