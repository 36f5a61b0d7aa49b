import { describe, expect, it } from 'vitest';
import { invalidValue as rule } from '../../../../app/rules/doc/invalid-value';
import type { VDoc } from '../../../../app/model/document';
import { doc, runRule } from '../run-rule';

const messages = (d: VDoc) => runRule(rule, d).map((x) => x.message);

describe('doc/invalid-value', () => {
  it('reports each prop outside its domain, one diagnostic per prop, naming the element', () => {
    const d = doc([
      {
        id: 'hw1',
        kind: 'hardware',
        label: 'Server',
        props: {
          arch: 'x86',
          cpuCores: 2.5,
          memoryGiB: -1,
          diskGiB: '100',
          virtualizationExtensions: 'yes',
        },
      },
    ]);
    expect(runRule(rule, d)).toEqual(
      [
        'Hardware "Server" (hw1) has an invalid arch: "x86" is not one of x86_64, arm64, riscv64, ppc64le, s390x',
        'Hardware "Server" (hw1) has an invalid cpuCores: must be a whole number',
        'Hardware "Server" (hw1) has an invalid memoryGiB: must be at least 0',
        'Hardware "Server" (hw1) has an invalid diskGiB: expected a number',
        'Hardware "Server" (hw1) has an invalid virtualizationExtensions: expected true or false',
      ].map((message) => ({
        rule: 'doc/invalid-value',
        severity: 'error',
        message,
        elements: ['hw1'],
      })),
    );
  });

  it('reports a missing required prop', () => {
    const d = doc([
      { id: 'hv1', kind: 'hypervisor' },
      { id: 'os1', kind: 'os' },
      { id: 'rt1', kind: 'runtime' },
      { id: 'a1', kind: 'app' },
    ]);
    expect(messages(d)).toEqual([
      'Hypervisor "hv1" has no hypervisorType, which is required (one of type1, type2)',
      'OS "os1" has no family, which is required (one of linux, windows, macos, bsd, other)',
      'Runtime "rt1" has no product, which is required (one of jvm, nodejs, python, dotnet, ruby, wasm, other)',
      'App "a1" has no artifact, which is required (one of js, jar, python, dotnet, native, binary, other)',
    ]);
  });

  it('accepts valid values, unknown props, multi-arch containers and elements of unknown kind', () => {
    const d = doc([
      {
        id: 'hw1',
        kind: 'hardware',
        props: { arch: 'arm64', cpuCores: 8, memoryGiB: 0.5, color: 'red' },
      },
      {
        id: 'c1',
        kind: 'container',
        props: { arch: 'multi', ports: ['80:80', '53:53/udp'], cpus: 0.5 },
      },
      { id: 'x', kind: 'gizmo', props: { arch: 'nonsense' } },
    ]);
    expect(messages(d)).toEqual([]);
  });

  it('reports bad ports and non-finite numbers', () => {
    const d = doc([
      { id: 'c1', kind: 'container', props: { ports: ['80:80', '99999:1'], memoryMiB: Infinity } },
    ]);
    expect(messages(d)).toEqual([
      'Container "c1" has an invalid memoryMiB: expected a number',
      'Container "c1" has an invalid ports: "99999:1" is not "hostPort:containerPort" with an optional /tcp or /udp',
    ]);
  });

  it('reports an invalid link driver, naming the link', () => {
    const d = doc(
      [],
      [
        { id: 'l1', from: 'a', to: 'b', kind: 'network', props: { driver: 'wifi' } },
        { id: 'l2', from: 'a', to: 'b', kind: 'network', props: { driver: 'overlay' } },
      ],
    );
    expect(runRule(rule, d).map((x) => [x.message, x.elements])).toEqual([
      [
        'Link "l1" has an invalid driver: "wifi" is not one of bridge, host, overlay, macvlan, ipvlan, none',
        ['l1'],
      ],
    ]);
  });

  it('reports invalid settings values with no element named', () => {
    const d = doc([], [], {
      rules: { 'stack/unplaced': 'loud', 'compat/guest-arch': 'off' },
      cpuOvercommitRatio: 0,
    });
    expect(runRule(rule, d)).toEqual([
      {
        rule: 'doc/invalid-value',
        severity: 'error',
        message:
          'The setting for rule "stack/unplaced" is "loud", not one of off, info, warning, error; it is ignored',
        elements: [],
      },
      {
        rule: 'doc/invalid-value',
        severity: 'error',
        message:
          'The setting "cpuOvercommitRatio" is 0, not a positive number; the default 4 applies',
        elements: [],
      },
    ]);
    expect(messages(doc([], [], { cpuOvercommitRatio: 'four' }))).toHaveLength(1);
    expect(messages(doc([], [], { cpuOvercommitRatio: Number.NaN }))).toHaveLength(1);
    expect(messages(doc([], [], { cpuOvercommitRatio: 2.5, rules: {} }))).toEqual([]);
    expect(messages(doc([], [], { rules: ['off'] as never }))).toEqual([
      'The setting "rules" is a list, not a map from rule ids to off, info, warning or error; it is ignored',
    ]);
  });

  it('fixes an optional prop by removing it, and a hypervisor type by choosing one', () => {
    const d = doc([
      { id: 'hw1', kind: 'hardware', props: { arch: 'x86', memoryGiB: 8 } },
      { id: 'hv1', kind: 'hypervisor', parent: 'hw1' },
    ]);
    const [archDiag, typeDiag] = runRule(rule, d);
    const archFixes = rule.fixes!(d, archDiag!);
    expect(archFixes.map((f) => f.title)).toEqual(['Remove the invalid arch']);
    const fixed = archFixes[0]!.apply(d);
    expect(fixed.nodes[0]?.props).toEqual({ memoryGiB: 8 });
    const typeFixes = rule.fixes!(fixed, typeDiag!);
    expect(typeFixes.map((f) => f.title)).toEqual([
      'Set hypervisorType to type1',
      'Set hypervisorType to type2',
    ]);
    expect(messages(typeFixes[0]!.apply(fixed))).toEqual([]);
  });

  it('fixes settings by removing the bad value', () => {
    const d = doc([], [{ id: 'l1', from: 'a', to: 'b', kind: 'network', props: { driver: 'x' } }], {
      rules: { 'stack/unplaced': 'loud', 'doc/unknown-kind': 'off' },
      cpuOvercommitRatio: -2,
    });
    let current = d;
    for (const diag of runRule(rule, d)) {
      const fixes = rule.fixes!(current, diag);
      expect(fixes).toHaveLength(1);
      current = fixes[0]!.apply(current);
    }
    expect(messages(current)).toEqual([]);
    expect(current.settings).toEqual({ rules: { 'doc/unknown-kind': 'off' } });
    expect(current.links[0]?.props).toEqual({ driver: 'bridge' });
  });

  it('keeps "__proto__" a rule id like any other when fixing settings', () => {
    const rules = JSON.parse('{"__proto__": "loud", "stack/unplaced": "off"}') as Record<
      string,
      unknown
    >;
    const d = doc([], [], { rules });
    const [diag] = runRule(rule, d);
    expect(diag?.message).toContain('"__proto__"');
    const fixed = rule.fixes!(d, diag!)[0]!.apply(d);
    expect(Object.keys(fixed.settings.rules ?? {})).toEqual(['stack/unplaced']);
    expect(({} as Record<string, unknown>)['stack/unplaced']).toBeUndefined();
  });
});
