import { describe, expect, it } from 'vitest';
import { artifactEnvironment as rule } from '../../../../app/rules/stack/artifact-environment';
import type { VDoc } from '../../../../app/model/document';
import { doc, runRule } from '../run-rule';

/** Hardware, a Linux host OS, a docker engine with a container, and one runtime of each product. */
const base = [
  { id: 'hw', kind: 'hardware', label: 'Server' },
  { id: 'os', kind: 'os', parent: 'hw', label: 'Ubuntu', props: { family: 'linux' } },
  { id: 'eng', kind: 'container-engine', parent: 'os' },
  { id: 'ct', kind: 'container', parent: 'eng', label: 'web' },
  { id: 'jvm', kind: 'runtime', parent: 'os', label: 'JVM', props: { product: 'jvm' } },
  { id: 'node', kind: 'runtime', parent: 'os', label: 'Node.js', props: { product: 'nodejs' } },
  { id: 'py', kind: 'runtime', parent: 'os', props: { product: 'python' } },
  { id: 'net', kind: 'runtime', parent: 'os', props: { product: 'dotnet' } },
];

function appOn(parent: string, artifact: unknown): VDoc {
  return doc([...base, { id: 'a', kind: 'app', parent, label: 'shop', props: { artifact } }]);
}

describe('stack/artifact-environment', () => {
  it('reports a jar on an OS: it needs a JVM', () => {
    expect(runRule(rule, appOn('os', 'jar'))).toEqual([
      {
        rule: 'stack/artifact-environment',
        severity: 'error',
        message: 'App "shop" (a), a jar artifact, runs on a JVM runtime, not on OS "Ubuntu" (os)',
        elements: ['a'],
      },
    ]);
  });

  it('follows the seed table: where each artifact runs', () => {
    const runs: Record<string, string[]> = {
      js: ['node'],
      jar: ['jvm'],
      python: ['py'],
      dotnet: ['net'],
      native: ['os', 'ct'],
      binary: ['hw'],
      other: ['os', 'ct', 'jvm', 'node', 'py', 'net'],
    };
    const places = ['hw', 'os', 'eng', 'ct', 'jvm', 'node', 'py', 'net'];
    for (const [artifact, ok] of Object.entries(runs)) {
      for (const place of places) {
        const fired = runRule(rule, appOn(place, artifact)).length > 0;
        expect(fired, `${artifact} on ${place}`).toBe(!ok.includes(place));
      }
    }
  });

  it('reports a JavaScript app on the JVM, naming the runtime', () => {
    expect(runRule(rule, appOn('jvm', 'js'))[0]?.message).toBe(
      'App "shop" (a), a js artifact, runs on a Node.js runtime, not on runtime "JVM" (jvm)',
    );
  });

  it('skips an app whose artifact is missing or invalid, and one on a runtime of invalid product', () => {
    expect(runRule(rule, appOn('hw', undefined))).toEqual([]);
    expect(runRule(rule, appOn('hw', 'wasm-module'))).toEqual([]);
    const d = doc([
      ...base,
      { id: 'odd', kind: 'runtime', parent: 'os', props: { product: 'perl' } },
      { id: 'a', kind: 'app', parent: 'odd', props: { artifact: 'jar' } },
    ]);
    expect(runRule(rule, d)).toEqual([]);
  });

  it('fixes a jar on an OS or a container by running it on a new JVM', () => {
    for (const place of ['os', 'ct']) {
      const d = appOn(place, 'jar');
      const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
      expect(fixes.map((f) => f.title)).toEqual(['Run it on a JVM']);
      const fixed = fixes[0]!.apply(d);
      const app = fixed.nodes.find((n) => n.id === 'a')!;
      expect(fixed.nodes.find((n) => n.id === app.parent)).toMatchObject({
        kind: 'runtime',
        parent: place,
        props: { product: 'jvm' },
      });
      expect(runRule(rule, fixed)).toEqual([]);
    }
  });

  it('names the runtime each portable artifact needs in its fix', () => {
    const titles = ['js', 'python', 'dotnet'].map((artifact) => {
      const d = appOn('os', artifact);
      const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
      expect(runRule(rule, fixes[0]!.apply(d))).toEqual([]);
      return fixes[0]!.title;
    });
    expect(titles).toEqual(['Run it on Node.js', 'Run it on Python', 'Run it on .NET']);
  });

  it('fixes a native app on hardware with a host OS of its target family', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'a', kind: 'app', parent: 'hw', props: { artifact: 'native', targetOs: 'windows' } },
    ]);
    const fixes = rule.fixes!(d, runRule(rule, d)[0]!);
    expect(fixes.map((f) => f.title)).toEqual(['Insert a host OS beneath']);
    const fixed = fixes[0]!.apply(d);
    expect(fixed.nodes.find((n) => n.kind === 'os')?.props.family).toBe('windows');
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it('offers no runtime where the runtime itself would be misplaced', () => {
    const d = appOn('hw', 'jar');
    expect(rule.fixes!(d, runRule(rule, d)[0]!)).toEqual([]);
  });
});
