import { describe, expect, it } from 'vitest';
import { nativeOs as rule } from '../../../../app/rules/compat/native-os';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const stack = (app: Record<string, unknown>, family: unknown = 'linux', containerOs?: unknown) =>
  doc([
    { id: 'hw', kind: 'hardware' },
    { id: 'os', kind: 'os', parent: 'hw', label: 'Ubuntu', props: { family } },
    {
      id: 'tool',
      kind: 'app',
      parent: 'os',
      label: 'grep.exe',
      props: { artifact: 'native', ...app },
    },
    { id: 'eng', kind: 'container-engine', parent: 'os' },
    {
      id: 'c',
      kind: 'container',
      parent: 'eng',
      label: 'alpine',
      props: containerOs === undefined ? {} : { os: containerOs },
    },
    { id: 'inapp', kind: 'app', parent: 'c', label: 'svc', props: { artifact: 'native', ...app } },
  ]);

describe('compat/native-os', () => {
  it('names native apps built for another OS, on an OS and in a container', () => {
    const out = runRule(rule, stack({ targetOs: 'windows' }));
    expect(out.map((d) => d.elements)).toEqual([['tool'], ['inapp']]);
    expect(out[0]!.message).toContain('"grep.exe" (tool)');
    expect(out[0]!.message).toContain('"Ubuntu" (os)');
    expect(out[1]!.message).toContain('"svc" (inapp)');
    expect(out[1]!.message).toContain('container "alpine" (c)');
  });

  it("reads a container's own os, not the kernel beneath it", () => {
    const out = runRule(rule, stack({ targetOs: 'windows' }, 'linux', 'windows'));
    expect(out.map((d) => d.elements)).toEqual([['tool']]);
  });

  it('is quiet when the OS matches, no target is given, or the app is not native', () => {
    expect(runRule(rule, stack({ targetOs: 'linux' }))).toEqual([]);
    expect(runRule(rule, stack({}))).toEqual([]);
    expect(runRule(rule, stack({ artifact: 'jar', targetOs: 'windows' }))).toEqual([]);
  });

  it('skips invalid values and misplaced or unplaced apps', () => {
    expect(runRule(rule, stack({ targetOs: 'amiga' }))).toEqual([]);
    expect(runRule(rule, stack({ targetOs: 'windows' }, 'beos', 'vms'))).toEqual([]);
    const odd = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'a', kind: 'app', parent: 'hw', props: { artifact: 'native', targetOs: 'windows' } },
      { id: 'b', kind: 'app', props: { artifact: 'native', targetOs: 'windows' } },
    ]);
    expect(runRule(rule, odd)).toEqual([]);
  });

  it('fixes by building for the OS it runs on', () => {
    const before = stack({ targetOs: 'windows' });
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'Build "grep.exe" (tool) for linux');
    expect(runRule(rule, after).map((x) => x.elements)).toEqual([['inapp']]);
  });
});
