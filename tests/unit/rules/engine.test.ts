import { describe, expect, it } from 'vitest';
import type { Diagnostic, VDoc } from '../../../app/model/document';
import {
  Validator,
  applySeverityOverrides,
  effectiveSeverity,
  overcommitRatio,
  sortDiagnostics,
  validate,
} from '../../../app/rules/engine';
import { fixesFor } from '../../../app/rules/fixes';
import type { RuleModule } from '../../../app/rules/types';
import { generateDocument } from '../../fixtures/generate';
import { doc } from './run-rule';

/** A rule reporting every node, for engine tests that need findings on demand. */
function everyNode(id: string, extra: Partial<RuleModule['meta']> = {}): RuleModule {
  return {
    meta: { id, category: 'insight', severity: 'warning', title: id, explanation: id, ...extra },
    checkNode(node, _ctx, report) {
      report(`${id} saw ${node.id}`, [node.id]);
    },
  };
}

const two = doc([
  { id: 'b', kind: 'hardware' },
  { id: 'a', kind: 'hardware' },
]);

describe('validate', () => {
  it('returns nothing for a sound document', () => {
    const sound = doc([
      { id: 'hw', kind: 'hardware', props: { cpuCores: 8, memoryGiB: 32 } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
      { id: 'g', kind: 'os', parent: 'hv', props: { family: 'linux', vcpus: 2, memoryGiB: 4 } },
      { id: 'rt', kind: 'runtime', parent: 'g', props: { product: 'jvm' } },
      { id: 'app', kind: 'app', parent: 'rt', props: { artifact: 'jar' } },
    ]);
    expect(validate(sound)).toEqual([]);
  });

  it('orders findings: naming nothing first, then by node order, then links, then rule and message', () => {
    const d = doc(
      [
        { id: 'z', kind: 'container' },
        { id: 'a', kind: 'widget' },
      ],
      [{ id: 'l1', from: 'z', to: 'q', kind: 'network', props: {} }],
      { cpuOvercommitRatio: -1 },
    );
    expect(validate(d).map((x) => [x.rule, x.elements[0]])).toEqual([
      ['doc/invalid-value', undefined],
      ['stack/unplaced', 'z'],
      ['doc/unknown-kind', 'a'],
      ['doc/dangling-link', 'l1'],
    ]);
  });

  it('drops rules turned off and re-grades rules given another severity', () => {
    const d = doc(
      [
        { id: 'c', kind: 'container' },
        { id: 'x', kind: 'widget' },
      ],
      [],
      {
        rules: { 'stack/unplaced': 'off', 'doc/unknown-kind': 'error' },
      },
    );
    expect(validate(d).map((x) => [x.rule, x.severity])).toEqual([['doc/unknown-kind', 'error']]);
  });

  it('ignores an invalid severity setting (and reports it)', () => {
    const d = doc([{ id: 'c', kind: 'container' }], [], { rules: { 'stack/unplaced': 'shout' } });
    expect(validate(d).map((x) => [x.rule, x.severity])).toEqual([
      ['doc/invalid-value', 'error'],
      ['stack/unplaced', 'warning'],
    ]);
  });

  it('runs rules that are off by default only when the document turns them on', () => {
    const rules = [everyNode('insight/note', { defaultOff: true, severity: 'info' })];
    expect(validate(two, [], { rules })).toEqual([]);
    const on = { ...two, settings: { rules: { 'insight/note': 'info' } } };
    expect(validate(on, [], { rules }).map((x) => x.message)).toEqual([
      'insight/note saw b',
      'insight/note saw a',
    ]);
  });

  it('applies the settings to load diagnostics and sorts them in', () => {
    const load: Diagnostic[] = [
      { rule: 'doc/repaired', severity: 'warning', message: 'fixed a', elements: ['a'] },
      { rule: 'doc/dropped', severity: 'warning', message: 'dropped', elements: [] },
      { rule: 'doc/gone', severity: 'warning', message: 'gone id', elements: ['nope'] },
    ];
    const d = { ...two, settings: { rules: { 'doc/dropped': 'off', 'doc/repaired': 'info' } } };
    expect(validate(d, load, { rules: [] })).toEqual([
      { rule: 'doc/repaired', severity: 'info', message: 'fixed a', elements: ['a'] },
      { rule: 'doc/gone', severity: 'warning', message: 'gone id', elements: ['nope'] },
    ]);
  });

  it('gives checks the overcommit ratio from the settings, 4 when invalid or unset', () => {
    const seen: number[] = [];
    const rules: RuleModule[] = [
      {
        meta: {
          id: 'x/ratio',
          category: 'resources',
          severity: 'info',
          title: '',
          explanation: '',
        },
        checkDoc: (_doc, ctx) => void seen.push(ctx.cpuOvercommitRatio),
      },
    ];
    for (const ratio of [2.5, undefined, -1, 'x', Number.POSITIVE_INFINITY]) {
      validate({ ...two, settings: { cpuOvercommitRatio: ratio } }, [], { rules });
    }
    expect(seen).toEqual([2.5, 4, 4, 4, 4]);
  });

  it('turns a rule that throws into a finding instead of failing', () => {
    const rules: RuleModule[] = [
      {
        meta: { id: 'x/broken', category: 'compat', severity: 'error', title: '', explanation: '' },
        checkNode(node) {
          if (node.id === 'a') throw new Error('boom');
        },
      },
      everyNode('x/fine'),
    ];
    expect(validate(two, [], { rules }).map((x) => x.message)).toEqual([
      'x/fine saw b',
      'Rule x/broken could not check "a": boom',
      'x/fine saw a',
    ]);
  });

  it('copies what a rule reports, so a rule reusing its arrays cannot change findings', () => {
    const shared: string[] = [];
    const rules: RuleModule[] = [
      {
        meta: { id: 'x/reuse', category: 'stack', severity: 'error', title: '', explanation: '' },
        checkNode(node, _ctx, report) {
          shared.length = 0;
          shared.push(node.id);
          report('seen', shared);
        },
      },
    ];
    expect(validate(two, [], { rules }).map((x) => x.elements)).toEqual([['b'], ['a']]);
  });

  it('survives a 10,000-deep chain, a 10,000-long cycle and ids like __proto__', () => {
    const n = 10_000;
    const chain: { id: string; kind: string; parent?: string; props?: Record<string, unknown> }[] =
      [{ id: 'hw', kind: 'hardware' }];
    for (let i = 1; i < n; i++) {
      chain.push({
        id: `n${i}`,
        kind: 'app',
        parent: i === 1 ? 'hw' : `n${i - 1}`,
        props: { artifact: 'other' },
      });
    }
    const deep = doc(chain);
    const found = validate(deep);
    expect(found.filter((x) => x.rule === 'stack/artifact-environment')).toHaveLength(n - 1);
    const cyclic = doc(
      chain.map((x, i) => (i === 0 ? { ...x, kind: 'os', parent: `n${n - 1}` } : x)),
    );
    expect(validate(cyclic).filter((x) => x.rule === 'doc/parent-cycle')).toHaveLength(1);
    const odd = doc([
      { id: '__proto__', kind: 'hardware' },
      { id: 'constructor', kind: 'os', parent: '__proto__', props: { family: 'linux' } },
      { id: 'toString', kind: 'app', parent: 'hasOwnProperty', props: { artifact: 'js' } },
    ]);
    expect(validate(odd).map((x) => [x.rule, x.elements[0]])).toEqual([
      ['doc/missing-parent', 'toString'],
    ]);
  });
});

describe('Validator', () => {
  it('takes load diagnostics too, and follows a change of them alone', () => {
    const validator = new Validator({ rules: [] });
    const load: Diagnostic[] = [
      { rule: 'doc/x', severity: 'error', message: 'm', elements: ['a'] },
    ];
    expect(validator.validate(two, load)).toEqual(load);
    expect(validator.validate(two, [])).toEqual([]);
  });
});

describe('effectiveSeverity', () => {
  const meta = { id: 'stack/unplaced', severity: 'warning' as const };

  it('is the default severity without a setting, and the setting with one', () => {
    expect(effectiveSeverity({}, meta)).toBe('warning');
    expect(effectiveSeverity({ rules: { 'stack/unplaced': 'error' } }, meta)).toBe('error');
    expect(effectiveSeverity({ rules: { 'stack/unplaced': 'off' } }, meta)).toBeUndefined();
  });

  it('ignores invalid settings, and settings inherited from Object.prototype', () => {
    expect(effectiveSeverity({ rules: { 'stack/unplaced': 'loud' } }, meta)).toBe('warning');
    expect(effectiveSeverity({ rules: 'off' as never }, meta)).toBe('warning');
    expect(effectiveSeverity({ rules: {} }, { id: 'toString', severity: 'info' })).toBe('info');
  });

  it('keeps rules that are off by default off unless turned on', () => {
    const insight = { id: 'insight/x', severity: 'info' as const, defaultOff: true };
    expect(effectiveSeverity({}, insight)).toBeUndefined();
    expect(effectiveSeverity({ rules: { 'insight/x': 'warning' } }, insight)).toBe('warning');
  });
});

describe('applySeverityOverrides and overcommitRatio', () => {
  it('re-grade load diagnostics and read the ratio', () => {
    const d: VDoc = {
      ...two,
      settings: { rules: { 'doc/a': 'off', 'doc/b': 'error' }, cpuOvercommitRatio: 8 },
    };
    const load: Diagnostic[] = [
      { rule: 'doc/a', severity: 'warning', message: '', elements: [] },
      { rule: 'doc/b', severity: 'warning', message: '', elements: [] },
    ];
    expect(applySeverityOverrides(d, load).map((x) => [x.rule, x.severity])).toEqual([
      ['doc/b', 'error'],
    ]);
    expect(overcommitRatio(d.settings)).toBe(8);
  });
});

describe('sortDiagnostics', () => {
  it('sorts by first element position, rule, message and elements; links after nodes', () => {
    const d = doc(
      [
        { id: 'n1', kind: 'hardware' },
        { id: 'n2', kind: 'hardware' },
      ],
      [{ id: 'l1', from: 'n1', to: 'n2', kind: 'network', props: {} }],
    );
    const mk = (rule: string, message: string, elements: string[]): Diagnostic => ({
      rule,
      severity: 'error',
      message,
      elements,
    });
    const input = [
      mk('b', 'm', ['l1']),
      mk('b', 'm', ['n2', 'x']),
      mk('b', 'm', ['n2']),
      mk('a', 'z', ['n2']),
      mk('a', 'b', ['n2']),
      mk('c', 'm', ['unknown']),
      mk('z', 'm', []),
      mk('z', 'm', ['n1']),
    ];
    expect(
      sortDiagnostics(d, input).map((x) => `${x.rule}:${x.message}:${x.elements.join('+')}`),
    ).toEqual([
      'z:m:',
      'z:m:n1',
      'a:b:n2',
      'a:z:n2',
      'b:m:n2',
      'b:m:n2+x',
      'b:m:l1',
      'c:m:unknown',
    ]);
  });
});

describe('fixesFor', () => {
  it('finds the fixes of the rule that made a diagnostic', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type2' } },
    ]);
    const diag = validate(d).find((x) => x.rule === 'stack/hypervisor-type2-on-os')!;
    const fixes = fixesFor(d, diag);
    expect(fixes.map((f) => f.title)).toEqual([
      'Insert a host OS beneath',
      'Make it a type-1 hypervisor',
    ]);
    for (const fix of fixes) {
      expect(validate(fix.apply(d)).filter((x) => x.rule === diag.rule)).toEqual([]);
    }
  });

  it('offers nothing for unknown rules, load diagnostics, or findings that are gone', () => {
    const d = doc([{ id: 'hw', kind: 'hardware' }]);
    expect(fixesFor(d, { rule: 'nope/x', severity: 'error', message: '', elements: [] })).toEqual(
      [],
    );
    expect(
      fixesFor(d, {
        rule: 'stack/hypervisor-type2-on-os',
        severity: 'error',
        message: 'old',
        elements: ['hv'],
      }),
    ).toEqual([]);
  });
});

describe('generateDocument (the benchmark fixture)', () => {
  it('is deterministic, exactly the size asked, and a mostly sound document', () => {
    const d = generateDocument(2000, 3);
    expect(generateDocument(2000, 3)).toEqual(d);
    expect(generateDocument(2000, 4)).not.toEqual(d);
    expect(d.nodes).toHaveLength(2000);
    expect(new Set(d.nodes.map((n) => n.id)).size).toBe(2000);
    const found = validate(d);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(d.nodes.length / 10);
    expect(found.filter((x) => x.rule.startsWith('doc/'))).toEqual([]);
  });
});
