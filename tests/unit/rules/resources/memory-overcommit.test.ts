import { describe, expect, it } from 'vitest';
import { memoryOvercommit as rule } from '../../../../app/rules/resources/memory-overcommit';
import { doc, runRule } from '../run-rule';

const laptop = (mem: unknown, ...guests: unknown[]) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Laptop', props: { memoryGiB: mem } },
    { id: 'host', kind: 'os', parent: 'hw', props: { family: 'macos', memoryGiB: 1024 } },
    { id: 'p', kind: 'hypervisor', parent: 'host', props: { hypervisorType: 'type2' } },
    ...guests.map((memoryGiB, i) => ({
      id: `g${i}`,
      kind: 'os',
      parent: 'p',
      props: { family: 'linux', memoryGiB },
    })),
  ]);

describe('resources/memory-overcommit', () => {
  it('names the hardware when type-2 guests add up past its memory', () => {
    const out = runRule(rule, laptop(16, 8, 8, 0.5));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['hw']);
    expect(out[0]!.severity).toBe('warning');
    expect(out[0]!.message).toContain('"Laptop" (hw)');
    expect(out[0]!.message).toMatch(/16\.5 GiB.*16 GiB/);
  });

  it('fires for a single guest bigger than the machine', () => {
    expect(runRule(rule, laptop(16, 32)).map((d) => d.elements)).toEqual([['hw']]);
  });

  it('is quiet at or under the machine, also for fractional sums that round', () => {
    expect(runRule(rule, laptop(16, 8, 8))).toEqual([]);
    expect(runRule(rule, laptop(0.3, 0.1, 0.2))).toEqual([]);
    expect(runRule(rule, laptop(16))).toEqual([]);
  });

  it('skips a machine with no or invalid memory, and counts guests without a figure as 0', () => {
    expect(runRule(rule, laptop(undefined, 64))).toEqual([]);
    expect(runRule(rule, laptop('16GB', 64))).toEqual([]);
    expect(runRule(rule, laptop(16, 'big', undefined, 16))).toEqual([]);
  });
});
