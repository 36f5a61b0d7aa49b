import { describe, expect, it } from 'vitest';
import { binaryArch as rule } from '../../../../app/rules/compat/binary-arch';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const bare = (hw: Record<string, unknown>, app: Record<string, unknown>) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Board', props: hw },
    {
      id: 'fw',
      kind: 'app',
      parent: 'hw',
      label: 'bootloader',
      props: { artifact: 'binary', ...app },
    },
  ]);

describe('compat/binary-arch', () => {
  it('names a binary built for another arch than its hardware', () => {
    const out = runRule(rule, bare({ arch: 'riscv64' }, { targetArch: 'arm64' }));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['fw']);
    expect(out[0]!.message).toContain('"bootloader" (fw)');
    expect(out[0]!.message).toContain('"Board" (hw)');
    expect(out[0]!.message).toMatch(/arm64.*riscv64/);
  });

  it('compares with the default x86_64 hardware', () => {
    expect(runRule(rule, bare({}, { targetArch: 'arm64' })).map((d) => d.elements)).toEqual([
      ['fw'],
    ]);
  });

  it('is quiet when the arch matches or none is given', () => {
    expect(runRule(rule, bare({ arch: 'arm64' }, { targetArch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, bare({ arch: 'arm64' }, {}))).toEqual([]);
    expect(
      runRule(rule, bare({ arch: 'arm64' }, { artifact: 'native', targetArch: 'x86_64' })),
    ).toEqual([]);
  });

  it('skips invalid values and binaries not on hardware', () => {
    expect(runRule(rule, bare({ arch: 'mips' }, { targetArch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, bare({ arch: 'arm64' }, { targetArch: 'mips' }))).toEqual([]);
    const onOs = doc([
      { id: 'hw', kind: 'hardware', props: { arch: 'arm64' } },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'fw', kind: 'app', parent: 'os', props: { artifact: 'binary', targetArch: 'x86_64' } },
    ]);
    expect(runRule(rule, onOs)).toEqual([]);
  });

  it("fixes by building for the hardware's arch", () => {
    const before = bare({ arch: 'riscv64' }, { targetArch: 'arm64' });
    const [d] = runRule(rule, before);
    expect(runRule(rule, applyFix(rule, before, d!, 'for riscv64'))).toEqual([]);
  });
});
