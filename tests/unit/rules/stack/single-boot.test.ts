import { describe, expect, it } from 'vitest';
import { singleBoot } from '../../../../app/rules/stack/single-boot';
import { doc, runRule } from '../run-rule';

describe('stack/single-boot', () => {
  it('reports hardware carrying two elements, naming the hardware', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware', label: 'Server' },
      { id: 'os1', kind: 'os', parent: 'hw1', label: 'Ubuntu', props: { family: 'linux' } },
      {
        id: 'hv1',
        kind: 'hypervisor',
        parent: 'hw1',
        label: 'ESXi',
        props: { hypervisorType: 'type1' },
      },
    ]);
    expect(runRule(singleBoot, d)).toEqual([
      {
        rule: 'stack/single-boot',
        severity: 'error',
        message:
          'Hardware "Server" (hw1) carries 2 elements that each boot it, "Ubuntu" (os1) and "ESXi" (hv1): a machine boots one host OS, one type-1 hypervisor or one binary',
        elements: ['hw1'],
      },
    ]);
  });

  it('lists at most three of many', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      ...['a', 'b', 'c', 'd', 'e'].map((id) => ({
        id,
        kind: 'app',
        parent: 'hw1',
        props: { artifact: 'binary' },
      })),
    ]);
    expect(runRule(singleBoot, d)[0]?.message).toBe(
      'Hardware "hw1" carries 5 elements that each boot it, "a", "b", "c" and 2 more: a machine boots one host OS, one type-1 hypervisor or one binary',
    );
  });

  it('accepts one host OS, one type-1 hypervisor, or one binary', () => {
    for (const top of [
      { id: 'x', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'x', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type1' } },
      { id: 'x', kind: 'app', parent: 'hw1', props: { artifact: 'binary' } },
    ]) {
      expect(runRule(singleBoot, doc([{ id: 'hw1', kind: 'hardware' }, top]))).toEqual([]);
    }
  });

  it('counts only what boots on hardware: misplaced elements are reported on themselves', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'eng', kind: 'container-engine', parent: 'hw1' },
      { id: 'hv2', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'type2' } },
      { id: 'hv3', kind: 'hypervisor', parent: 'hw1', props: { hypervisorType: 'bogus' } },
      { id: 'js', kind: 'app', parent: 'hw1', props: { artifact: 'js' } },
      { id: 'hw2', kind: 'hardware', parent: 'hw1' },
      { id: 'bmc', kind: 'baseboard-controller', parent: 'hw1' },
    ]);
    expect(runRule(singleBoot, d)).toEqual([]);
  });

  it('counts the children of the first element with a shared id only', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware' },
      { id: 'hw1', kind: 'hardware' },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'os2', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
    ]);
    expect(runRule(singleBoot, d).map((x) => x.elements)).toEqual([['hw1']]);
  });
});
