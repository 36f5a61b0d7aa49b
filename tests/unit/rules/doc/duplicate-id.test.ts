import { describe, expect, it } from 'vitest';
import { duplicateId as rule } from '../../../../app/rules/doc/duplicate-id';
import { doc, runRule } from '../run-rule';

const link = (id: string, from = 'a', to = 'b') => ({
  id,
  from,
  to,
  kind: 'network',
  props: { driver: 'bridge' },
});

describe('doc/duplicate-id', () => {
  it('reports two nodes sharing an id, once, naming the id', () => {
    const d = doc([
      { id: 'a', kind: 'hardware' },
      { id: 'a', kind: 'hardware' },
      { id: 'b', kind: 'hardware' },
    ]);
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'doc/duplicate-id',
        severity: 'error',
        message: 'The id "a" is shared by 2 elements',
        elements: ['a'],
      },
    ]);
  });

  it('reports two links sharing an id, and a node and a link sharing one', () => {
    const d = doc(
      [
        { id: 'a', kind: 'hardware' },
        { id: 'b', kind: 'hardware' },
      ],
      [link('l1'), link('l1'), link('b')],
    );
    expect(runRule(rule, d).map((x) => x.message)).toEqual([
      'The id "b" is shared by an element and a link',
      'The id "l1" is shared by 2 links',
    ]);
  });

  it('counts three of a kind once', () => {
    const d = doc(
      [
        { id: 'x', kind: 'os' },
        { id: 'x', kind: 'os' },
        { id: 'x', kind: 'os' },
      ],
      [link('x')],
    );
    expect(runRule(rule, d).map((x) => x.message)).toEqual([
      'The id "x" is shared by 3 elements and a link',
    ]);
  });

  it('is silent when every id is its own', () => {
    const d = doc(
      [
        { id: 'a', kind: 'hardware' },
        { id: 'b', kind: 'hardware' },
      ],
      [link('l1'), link('l2')],
    );
    expect(runRule(rule, d)).toEqual([]);
  });

  it('keeps "__proto__" an ordinary id', () => {
    const d = doc([
      { id: '__proto__', kind: 'hardware' },
      { id: '__proto__', kind: 'hardware' },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([['__proto__']]);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});
