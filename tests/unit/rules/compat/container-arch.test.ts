import { describe, expect, it } from 'vitest';
import { containerArch as rule } from '../../../../app/rules/compat/container-arch';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const onHw = (
  hwArch: unknown,
  container: Record<string, unknown>,
  os: Record<string, unknown> = {},
) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Graviton', props: { arch: hwArch } },
    {
      id: 'os',
      kind: 'os',
      parent: 'hw',
      label: 'Amazon Linux',
      props: { family: 'linux', ...os },
    },
    { id: 'eng', kind: 'container-engine', parent: 'os', label: 'containerd' },
    { id: 'c', kind: 'container', parent: 'eng', label: 'legacy-app', props: container },
  ]);

describe('compat/container-arch', () => {
  it('names a container whose image is built for another arch', () => {
    const out = runRule(rule, onHw('arm64', { arch: 'x86_64' }));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['c']);
    expect(out[0]!.message).toContain('"legacy-app" (c)');
    expect(out[0]!.message).toMatch(/x86_64.*arm64/);
  });

  it('uses the effective arch beneath: a guest OS of its own arch wins over the hardware', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware', props: { arch: 'x86_64' } },
      {
        id: 'hv',
        kind: 'hypervisor',
        parent: 'hw',
        props: { hypervisorType: 'type1', emulation: true },
      },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux', arch: 'arm64' } },
      { id: 'eng', kind: 'container-engine', parent: 'g' },
      { id: 'x', kind: 'container', parent: 'eng', props: { arch: 'x86_64' } },
      { id: 'a', kind: 'container', parent: 'eng', props: { arch: 'arm64' } },
    ]);
    expect(runRule(rule, d).map((x) => x.elements)).toEqual([['x']]);
  });

  it('is quiet for matching, multi-arch or unchecked images', () => {
    expect(runRule(rule, onHw('arm64', { arch: 'arm64' }))).toEqual([]);
    expect(runRule(rule, onHw('arm64', { arch: 'multi' }))).toEqual([]);
    expect(runRule(rule, onHw('arm64', {}))).toEqual([]);
  });

  it('skips invalid values and incomplete stacks', () => {
    expect(runRule(rule, onHw('sparc', { arch: 'x86_64' }))).toEqual([]);
    expect(runRule(rule, onHw('arm64', { arch: 'i386' }))).toEqual([]);
    expect(runRule(rule, onHw('arm64', { arch: 'x86_64' }, { arch: 'm1' }))).toEqual([]);
    const floating = doc([
      { id: 'eng', kind: 'container-engine' },
      { id: 'c', kind: 'container', parent: 'eng', props: { arch: 'x86_64' } },
    ]);
    expect(runRule(rule, floating)).toEqual([]);
  });

  it('fixes with a multi-arch image or one built for the arch beneath', () => {
    const before = onHw('arm64', { arch: 'x86_64' });
    const [d] = runRule(rule, before);
    expect(runRule(rule, applyFix(rule, before, d!, 'multi-arch'))).toEqual([]);
    const native = applyFix(rule, before, d!, 'built for arm64');
    expect(native.nodes.find((n) => n.id === 'c')!.props.arch).toBe('arm64');
    expect(runRule(rule, native)).toEqual([]);
  });
});
