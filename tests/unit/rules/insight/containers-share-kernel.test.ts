import { describe, expect, it } from 'vitest';
import { containersShareKernel as rule } from '../../../../app/rules/insight/containers-share-kernel';
import { doc, runRule } from '../run-rule';

describe('insight/containers-share-kernel', () => {
  it('is an info insight, off until a document turns it on, tied to the seed', () => {
    expect(rule.meta.severity).toBe('info');
    expect(rule.meta.defaultOff).toBe(true);
    expect(rule.meta.explanation).toContain('share the OS kernel');
  });

  it('notes each engine with containers, naming it and the kernel it shares', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', label: 'Fedora', props: { family: 'linux' } },
      { id: 'eng', kind: 'container-engine', parent: 'os', label: 'Podman' },
      { id: 'a', kind: 'container', parent: 'eng' },
      { id: 'b', kind: 'container', parent: 'eng' },
      { id: 'empty', kind: 'container-engine', parent: 'os' },
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['eng']]);
    expect(out[0]!.message).toContain('"Podman" (eng)');
    expect(out[0]!.message).toContain('"Fedora" (os)');
    expect(out[0]!.message).toContain('2 containers');
    expect(out[0]!.message).toContain('well under a second');
  });

  it('speaks of one container in the singular, and of no OS when none is beneath', () => {
    const d = doc([
      { id: 'eng', kind: 'container-engine', label: 'Docker' },
      { id: 'a', kind: 'container', parent: 'eng' },
    ]);
    const out = runRule(rule, d);
    expect(out[0]!.message).toMatch(
      /^The container on "Docker" \(eng\) shares one kernel and starts/,
    );
  });

  it('is quiet for engines without containers', () => {
    const d = doc([
      { id: 'os', kind: 'os', props: { family: 'linux' } },
      { id: 'eng', kind: 'container-engine', parent: 'os' },
      { id: 'rt', kind: 'runtime', parent: 'eng', props: { product: 'jvm' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });
});
