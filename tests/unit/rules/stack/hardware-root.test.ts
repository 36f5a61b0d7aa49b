import { describe, expect, it } from 'vitest';
import { hardwareRoot } from '../../../../app/rules/stack/hardware-root';
import { doc, runRule } from '../run-rule';

describe('stack/hardware-root', () => {
  it('reports hardware that sits on something, naming the hardware', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware', label: 'Server' },
      { id: 'hw2', kind: 'hardware', label: 'Blade', parent: 'hw1' },
    ]);
    expect(runRule(hardwareRoot, d)).toEqual([
      {
        rule: 'stack/hardware-root',
        severity: 'error',
        message:
          'Hardware "Blade" (hw2) sits on hardware "Server" (hw1); hardware is the bottom of a stack and sits on nothing',
        elements: ['hw2'],
      },
    ]);
  });

  it('accepts hardware at the bottom of its stack', () => {
    expect(runRule(hardwareRoot, doc([{ id: 'hw1', kind: 'hardware' }]))).toEqual([]);
  });

  it('leaves a parent that names nothing, and a cycle, to the doc/* rules', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware', parent: 'ghost' },
      { id: 'hw2', kind: 'hardware', parent: 'hw3' },
      { id: 'hw3', kind: 'hardware', parent: 'hw2' },
    ]);
    expect(runRule(hardwareRoot, d)).toEqual([]);
  });

  it('fixes it by making the hardware a stack of its own', () => {
    const d = doc([
      { id: 'os1', kind: 'os', props: { family: 'linux' } },
      { id: 'hw1', kind: 'hardware', parent: 'os1' },
    ]);
    const [diag] = runRule(hardwareRoot, d);
    const fixes = hardwareRoot.fixes!(d, diag!);
    expect(fixes.map((f) => f.title)).toEqual(['Make it a stack of its own']);
    const fixed = fixes[0]!.apply(d);
    expect(fixed.nodes.find((n) => n.id === 'hw1')?.parent).toBeUndefined();
    expect(runRule(hardwareRoot, fixed)).toEqual([]);
  });

  it('offers no fix once the finding is gone', () => {
    const d = doc([
      { id: 'os1', kind: 'os', props: { family: 'linux' } },
      { id: 'hw1', kind: 'hardware', parent: 'os1' },
    ]);
    const [diag] = runRule(hardwareRoot, d);
    const moved = doc([
      { id: 'os1', kind: 'os', props: { family: 'linux' } },
      { id: 'hw1', kind: 'hardware' },
    ]);
    expect(hardwareRoot.fixes!(moved, diag!)).toEqual([]);
  });
});
