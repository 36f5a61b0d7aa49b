import { describe, expect, it } from 'vitest';
import { systemVmIsolated as rule } from '../../../../app/rules/insight/system-vm-isolated';
import { doc, runRule } from '../run-rule';

describe('insight/system-vm-isolated', () => {
  it('is an info insight, off until a document turns it on, tied to the seed', () => {
    expect(rule.meta.severity).toBe('info');
    expect(rule.meta.defaultOff).toBe(true);
    expect(rule.meta.explanation).toContain('isolated from the host OS');
  });

  it('notes each guest OS, naming it and its hypervisor; host OSes are not guests', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      {
        id: 'hv',
        kind: 'hypervisor',
        parent: 'hw',
        label: 'Xen',
        props: { hypervisorType: 'type1' },
      },
      { id: 'g', kind: 'os', parent: 'hv', label: 'Debian', props: { family: 'linux' } },
      { id: 'hw2', kind: 'hardware' },
      { id: 'host', kind: 'os', parent: 'hw2', props: { family: 'linux' } },
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['g']]);
    expect(out[0]!.message).toContain('"Debian" (g)');
    expect(out[0]!.message).toContain('"Xen" (hv)');
  });
});
