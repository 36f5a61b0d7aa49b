import { describe, expect, it } from 'vitest';
import { type2DoubleTranslation as rule } from '../../../../app/rules/insight/type2-double-translation';
import { doc, runRule } from '../run-rule';

describe('insight/type2-double-translation', () => {
  it('is an info insight, off until a document turns it on', () => {
    expect(rule.meta.severity).toBe('info');
    expect(rule.meta.defaultOff).toBe(true);
    expect(rule.meta.explanation).toContain('host OS');
  });

  it('notes each type-2 hypervisor on an OS, naming it and its host OS', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'host', kind: 'os', parent: 'hw', label: 'Windows', props: { family: 'windows' } },
      {
        id: 'vb',
        kind: 'hypervisor',
        parent: 'host',
        label: 'VirtualBox',
        props: { hypervisorType: 'type2' },
      },
      { id: 'hw2', kind: 'hardware' },
      { id: 'esxi', kind: 'hypervisor', parent: 'hw2', props: { hypervisorType: 'type1' } },
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['vb']]);
    expect(out[0]!.message).toContain('"VirtualBox" (vb)');
    expect(out[0]!.message).toContain('"Windows" (host)');
    expect(out[0]!.message).toContain('translated twice');
  });

  it('skips unplaced, misplaced or untyped hypervisors', () => {
    const d = doc([
      { id: 'a', kind: 'hypervisor', props: { hypervisorType: 'type2' } },
      { id: 'hw', kind: 'hardware' },
      { id: 'b', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type2' } },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'c', kind: 'hypervisor', parent: 'os', props: { hypervisorType: 'type3' } },
      { id: 'd', kind: 'hypervisor', parent: 'os', props: {} },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });
});
