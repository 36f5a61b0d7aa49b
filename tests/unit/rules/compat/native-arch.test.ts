import { describe, expect, it } from 'vitest';
import { nativeArch as rule } from '../../../../app/rules/compat/native-arch';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const stack = (
  hwArch: unknown,
  app: Record<string, unknown>,
  container: Record<string, unknown> = {},
) =>
  doc([
    { id: 'hw', kind: 'hardware', props: { arch: hwArch } },
    { id: 'os', kind: 'os', parent: 'hw', label: 'Debian', props: { family: 'linux' } },
    {
      id: 'bin',
      kind: 'app',
      parent: 'os',
      label: 'ripgrep',
      props: { artifact: 'native', ...app },
    },
    { id: 'eng', kind: 'container-engine', parent: 'os' },
    { id: 'c', kind: 'container', parent: 'eng', label: 'box', props: container },
    { id: 'inapp', kind: 'app', parent: 'c', label: 'svc', props: { artifact: 'native', ...app } },
  ]);

describe('compat/native-arch', () => {
  it('names native apps built for another arch than they run on', () => {
    const out = runRule(rule, stack('arm64', { targetArch: 'x86_64' }));
    expect(out.map((d) => d.elements)).toEqual([['bin'], ['inapp']]);
    expect(out[0]!.message).toContain('"ripgrep" (bin)');
    expect(out[0]!.message).toContain('"Debian" (os)');
    expect(out[0]!.message).toMatch(/x86_64.*arm64/);
  });

  it("in a container, runs on the container's arch where the image fixes one", () => {
    const out = runRule(rule, stack('arm64', { targetArch: 'x86_64' }, { arch: 'x86_64' }));
    expect(out.map((d) => d.elements)).toEqual([['bin']]);
    const multi = runRule(rule, stack('arm64', { targetArch: 'x86_64' }, { arch: 'multi' }));
    expect(multi.map((d) => d.elements)).toEqual([['bin'], ['inapp']]);
  });

  it('is quiet when the arch matches, none is given, or the app is not native', () => {
    expect(runRule(rule, stack('arm64', { targetArch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, stack(undefined, { targetArch: 'x86_64' }))).toEqual([]);
    expect(runRule(rule, stack('arm64', {}))).toEqual([]);
    expect(runRule(rule, stack('arm64', { artifact: 'js', targetArch: 'x86_64' }))).toEqual([]);
  });

  it('skips invalid values and unplaced apps', () => {
    expect(runRule(rule, stack('alpha', { targetArch: 'x86_64' }))).toEqual([]);
    expect(runRule(rule, stack('arm64', { targetArch: 'x86' }))).toEqual([]);
    const floating = doc([
      { id: 'a', kind: 'app', props: { artifact: 'native', targetArch: 'arm64' } },
    ]);
    expect(runRule(rule, floating)).toEqual([]);
  });

  it('fixes by building for the arch it runs on', () => {
    const before = stack('arm64', { targetArch: 'x86_64' });
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'Build "ripgrep" (bin) for arm64');
    expect(runRule(rule, after).map((x) => x.elements)).toEqual([['inapp']]);
  });
});
