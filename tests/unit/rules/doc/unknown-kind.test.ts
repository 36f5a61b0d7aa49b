import { describe, expect, it } from 'vitest';
import { unknownKind as rule } from '../../../../app/rules/doc/unknown-kind';
import { doc, runRule } from '../run-rule';

describe('doc/unknown-kind', () => {
  it('reports an element of unknown kind as a warning', () => {
    expect(runRule(rule, doc([{ id: 'x', kind: 'firewall', label: 'FW' }]))).toEqual([
      {
        rule: 'doc/unknown-kind',
        severity: 'warning',
        message:
          '"FW" (x) is of unknown kind "firewall": it is kept as a plain box and not checked',
        elements: ['x'],
      },
    ]);
  });

  it('reports a link of unknown kind', () => {
    const d = doc(
      [
        { id: 'a', kind: 'container' },
        { id: 'b', kind: 'container' },
      ],
      [{ id: 'l1', from: 'a', to: 'b', kind: 'serial', props: {} }],
    );
    expect(runRule(rule, d).map((x) => [x.message, x.elements])).toEqual([
      ['Link "l1" is of unknown kind "serial": it is kept and not checked', ['l1']],
    ]);
  });

  it('is silent for every known kind, and for network links', () => {
    const kinds = [
      'hardware',
      'hypervisor',
      'os',
      'container-engine',
      'container',
      'runtime',
      'app',
    ];
    const d = doc(
      kinds.map((kind, i) => ({ id: `n${i}`, kind })),
      [{ id: 'l1', from: 'n0', to: 'n1', kind: 'network', props: {} }],
    );
    expect(runRule(rule, d)).toEqual([]);
  });

  it('treats names of Object.prototype as unknown kinds', () => {
    expect(runRule(rule, doc([{ id: 'x', kind: 'constructor' }]))).toHaveLength(1);
    expect(runRule(rule, doc([{ id: 'y', kind: '__proto__' }]))).toHaveLength(1);
  });
});
