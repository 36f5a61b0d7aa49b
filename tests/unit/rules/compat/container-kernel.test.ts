import { describe, expect, it } from 'vitest';
import { containerKernel as rule } from '../../../../app/rules/compat/container-kernel';
import { Facts, buildIndex } from '../../../../app/model/facts';
import { doc, runRule } from '../run-rule';
import { applyFix } from './apply-fix';

const onOs = (family: unknown, container: Record<string, unknown> = {}) =>
  doc([
    { id: 'hw', kind: 'hardware', label: 'Laptop' },
    { id: 'os', kind: 'os', parent: 'hw', label: 'Windows 11', props: { family } },
    {
      id: 'eng',
      kind: 'container-engine',
      parent: 'os',
      label: 'Docker',
      props: { product: 'docker' },
    },
    { id: 'web', kind: 'container', parent: 'eng', label: 'nginx', props: container },
    { id: 'api', kind: 'container', parent: 'eng', label: 'api', props: { os: 'windows' } },
  ]);

describe('compat/container-kernel', () => {
  it('names a Linux container (the default os) on a Windows kernel', () => {
    const out = runRule(rule, onOs('windows'));
    expect(out).toHaveLength(1);
    expect(out[0]!.elements).toEqual(['web']);
    expect(out[0]!.message).toContain('"nginx" (web)');
    expect(out[0]!.message).toContain('"Windows 11" (os)');
    expect(out[0]!.message).toMatch(/linux.*windows/);
  });

  it('names a Windows container on a Linux kernel', () => {
    const out = runRule(rule, onOs('linux'));
    expect(out.map((d) => d.elements)).toEqual([['api']]);
  });

  it('finds the kernel beneath engines stacked in containers (Docker in Docker)', () => {
    const dind = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', label: 'Mac', props: { family: 'macos' } },
      { id: 'eng', kind: 'container-engine', parent: 'os' },
      { id: 'outer', kind: 'container', parent: 'eng', props: { os: 'macos' } },
      { id: 'eng2', kind: 'container-engine', parent: 'outer' },
      { id: 'inner', kind: 'container', parent: 'eng2', label: 'inner' },
    ]);
    expect(runRule(rule, dind).map((d) => d.elements)).toEqual([['inner']]);
  });

  it('skips an engine with no OS beneath and invalid values', () => {
    const bare = doc([
      { id: 'eng', kind: 'container-engine' },
      { id: 'c', kind: 'container', parent: 'eng', props: { os: 'windows' } },
    ]);
    expect(runRule(rule, bare)).toEqual([]);
    expect(runRule(rule, onOs('plan9', { os: 'windows' }))).toEqual([]);
    const badOs = onOs('windows', { os: 'dos' });
    expect(runRule(rule, badOs)).toEqual([]);
  });

  it('fixes by running the engine in a Linux VM on a type-2 hypervisor, as Docker Desktop does', () => {
    const before = doc([
      {
        id: 'hw',
        kind: 'hardware',
        label: 'MacBook',
        position: { x: 10, y: 20 },
        props: { arch: 'arm64' },
      },
      { id: 'os', kind: 'os', parent: 'hw', label: 'macOS', props: { family: 'macos' } },
      { id: 'eng', kind: 'container-engine', parent: 'os', label: 'Docker' },
      { id: 'web', kind: 'container', parent: 'eng', label: 'nginx' },
    ]);
    const [d] = runRule(rule, before);
    const after = applyFix(rule, before, d!, 'Run "Docker" (eng) in a Linux VM');
    expect(runRule(rule, after)).toEqual([]);
    const facts = new Facts(buildIndex(after));
    const vm = facts.parent(facts.node('eng')!)!;
    const hv = facts.parent(vm)!;
    expect(vm.kind).toBe('os');
    expect(vm.props.family).toBe('linux');
    expect(facts.isGuestOs(vm)).toBe(true);
    expect(hv.kind).toBe('hypervisor');
    expect(hv.props.hypervisorType).toBe('type2');
    expect(hv.parent).toBe('os');
    expect(after.nodes).toHaveLength(before.nodes.length + 2);
  });

  it('offers no Linux VM for a Windows container', () => {
    const before = onOs('linux');
    const [d] = runRule(rule, before);
    expect(rule.fixes!(before, d!)).toEqual([]);
  });
});
