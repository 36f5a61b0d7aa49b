import { describe, expect, it } from 'vitest';
import { processVmNotIsolated as rule } from '../../../../app/rules/insight/process-vm-not-isolated';
import { doc, runRule } from '../run-rule';

describe('insight/process-vm-not-isolated', () => {
  it('is an info insight, off until a document turns it on, tied to the seed', () => {
    expect(rule.meta.severity).toBe('info');
    expect(rule.meta.defaultOff).toBe(true);
    expect(rule.meta.explanation).toContain('not isolated from the host OS');
  });

  it('notes each placed runtime, naming it and what it runs on', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', label: 'Ubuntu', props: { family: 'linux' } },
      { id: 'jvm', kind: 'runtime', parent: 'os', label: 'JVM', props: { product: 'jvm' } },
      { id: 'app', kind: 'app', parent: 'jvm', props: { artifact: 'jar' } },
      { id: 'floating', kind: 'runtime', props: { product: 'nodejs' } },
    ]);
    const out = runRule(rule, d);
    expect(out.map((x) => x.elements)).toEqual([['jvm']]);
    expect(out[0]!.message).toContain('"JVM" (jvm)');
    expect(out[0]!.message).toContain('"Ubuntu" (os)');
    expect(out[0]!.message).toContain('not isolated');
  });

  it('is quiet without runtimes', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'app', kind: 'app', parent: 'os', props: { artifact: 'native' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });
});
