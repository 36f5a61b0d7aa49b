import { describe, expect, it } from 'vitest';
import { containerMemory as rule } from '../../../../app/rules/resources/container-memory';
import { doc, runRule } from '../run-rule';

const containers = (parent: string, ...mems: unknown[]) =>
  mems.map((memoryMiB, i) => ({
    id: `${parent}-c${i}`,
    kind: 'container',
    parent,
    props: { memoryMiB },
  }));

const hosted = (hwMem: unknown, ...mems: unknown[]) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Box', props: { memoryGiB: hwMem } },
    { id: 'os', kind: 'os', parent: 'hw', label: 'Ubuntu', props: { family: 'linux' } },
    { id: 'docker', kind: 'container-engine', parent: 'os' },
    { id: 'podman', kind: 'container-engine', parent: 'os' },
    ...containers('docker', ...mems),
    ...containers('podman', 512),
  ]);

describe('resources/container-memory', () => {
  it("names a host OS when its engines' containers add up past its hardware's memory", () => {
    // 2 GiB = 2048 MiB; 1024 + 600 + 512 (on the second engine) = 2136 MiB.
    const out = runRule(rule, hosted(2, 1024, 600));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['os']);
    expect(out[0]!.message).toContain('"Ubuntu" (os)');
    expect(out[0]!.message).toContain('"Box" (hw)');
    expect(out[0]!.message).toMatch(/2136 MiB.*2 GiB.*2048 MiB/);
  });

  it('converts GiB to MiB exactly: 2048 MiB fit in 2 GiB', () => {
    expect(runRule(rule, hosted(2, 1024, 512))).toEqual([]);
    expect(runRule(rule, hosted(2, 1024, 513)).map((d) => d.elements)).toEqual([['os']]);
  });

  it("measures a guest OS against its VM's memory, not the hardware's", () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { memoryGiB: 512 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      {
        id: 'g',
        kind: 'os',
        parent: 'hv',
        label: 'Worker',
        props: { family: 'linux', memoryGiB: 1 },
      },
      { id: 'eng', kind: 'container-engine', parent: 'g' },
      ...containers('eng', 800, 300),
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['g']]);
    expect(out[0]!.message).toContain('"Worker" (g)');
  });

  it('counts only containers of engines directly on the OS', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { memoryGiB: 1 } },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'eng', kind: 'container-engine', parent: 'os' },
      { id: 'dind', kind: 'container', parent: 'eng', props: { memoryMiB: 1000 } },
      { id: 'eng2', kind: 'container-engine', parent: 'dind' },
      ...containers('eng2', 1000),
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('skips an OS whose memory is not given, and containers without a valid limit count as 0', () => {
    expect(runRule(rule, hosted(undefined, 99999))).toEqual([]);
    expect(runRule(rule, hosted('2', 99999))).toEqual([]);
    expect(runRule(rule, hosted(1, '4096', -1, undefined))).toEqual([]);
    const guestWithout = doc([
      { id: 'hw', kind: 'hardware', props: { memoryGiB: 1 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux' } },
      { id: 'eng', kind: 'container-engine', parent: 'g' },
      ...containers('eng', 4096),
    ]);
    expect(runRule(rule, guestWithout)).toEqual([]);
    const unplaced = doc([
      { id: 'os', kind: 'os', props: { family: 'linux', memoryGiB: 1 } },
      { id: 'eng', kind: 'container-engine', parent: 'os' },
      ...containers('eng', 4096),
    ]);
    expect(runRule(rule, unplaced)).toEqual([]);
  });
});
