import { describe, expect, it } from 'vitest';
import { virtualizationExtensions as rule } from '../../../../app/rules/compat/virtualization-extensions';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const type1 = (hw: Record<string, unknown>, hv: Record<string, unknown> = {}) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Old Server', props: hw },
    {
      id: 'hv',
      kind: 'hypervisor',
      parent: 'hw',
      label: 'ESXi',
      props: { hypervisorType: 'type1', ...hv },
    },
  ]);

const type2 = (hw: Record<string, unknown>) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Laptop', props: hw },
    { id: 'host', kind: 'os', parent: 'hw', label: 'Windows', props: { family: 'windows' } },
    {
      id: 'vb',
      kind: 'hypervisor',
      parent: 'host',
      label: 'VirtualBox',
      props: { hypervisorType: 'type2' },
    },
  ]);

describe('compat/virtualization-extensions', () => {
  it('names a type-1 hypervisor on hardware without extensions', () => {
    const out = runRule(rule, type1({ virtualizationExtensions: false }));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['hv']);
    expect(out[0]!.severity).toBe('error');
    expect(out[0]!.message).toContain('"ESXi" (hv)');
    expect(out[0]!.message).toContain('"Old Server" (hw)');
  });

  it('looks through the host OS for a type-2 hypervisor', () => {
    const out = runRule(rule, type2({ virtualizationExtensions: false }));
    expect(out.map((d) => d.elements)).toEqual([['vb']]);
    expect(out[0]!.message).toContain('"VirtualBox" (vb)');
    expect(out[0]!.message).toContain('"Laptop" (hw)');
  });

  it('is quiet with extensions on, by default, or when the hypervisor does not need them', () => {
    expect(runRule(rule, type1({ virtualizationExtensions: true }))).toEqual([]);
    expect(runRule(rule, type1({}))).toEqual([]);
    expect(runRule(rule, type2({}))).toEqual([]);
    expect(runRule(rule, type1({ virtualizationExtensions: false }, { emulation: true }))).toEqual(
      [],
    );
    expect(
      runRule(rule, type1({ virtualizationExtensions: false }, { paravirtualization: true })),
    ).toEqual([]);
  });

  it('skips invalid values and incomplete stacks', () => {
    expect(runRule(rule, type1({ virtualizationExtensions: 'no' }))).toEqual([]);
    expect(runRule(rule, type1({ virtualizationExtensions: false }, { emulation: 'yes' }))).toEqual(
      [],
    );
    const unplaced = doc([{ id: 'hv', kind: 'hypervisor', props: { hypervisorType: 'type1' } }]);
    expect(runRule(rule, unplaced)).toEqual([]);
    const orphanHost = doc([
      { id: 'host', kind: 'os', parent: 'gone', props: { family: 'linux' } },
      { id: 'hv', kind: 'hypervisor', parent: 'host', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, orphanHost)).toEqual([]);
  });

  it('leaves a hypervisor nested in a guest OS to compat/nested-virtualization', () => {
    const nested = doc([
      { id: 'hw', kind: 'hardware', props: { virtualizationExtensions: false } },
      {
        id: 'hv',
        kind: 'hypervisor',
        parent: 'hw',
        props: { hypervisorType: 'type1', emulation: true },
      },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux' } },
      { id: 'inner', kind: 'hypervisor', parent: 'g', props: { hypervisorType: 'type2' } },
    ]);
    expect(runRule(rule, nested)).toEqual([]);
  });

  it('fixes by turning the extensions on, or by emulating', () => {
    const before = type2({ virtualizationExtensions: false });
    const [d] = runRule(rule, before);
    const on = applyFix(rule, before, d!, 'Turn on virtualization extensions on "Laptop" (hw)');
    expect(runRule(rule, on)).toEqual([]);
    expect(on.nodes.find((n) => n.id === 'hw')!.props.virtualizationExtensions).toBe(true);
    const emulated = applyFix(rule, before, d!, 'Turn on emulation on "VirtualBox" (vb)');
    expect(runRule(rule, emulated)).toEqual([]);
  });
});
