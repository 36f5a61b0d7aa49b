import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNode } from '../../../app/commands/add-node';
import { moveNode } from '../../../app/commands/move-node';
import { setProp } from '../../../app/commands/set-prop';
import type { Diagnostic, VDoc } from '../../../app/model/document';
import { Validator, validate } from '../../../app/rules/engine';
import { docRules } from '../../../app/rules/doc';
import { stackRules } from '../../../app/rules/stack';
import { generateDocument } from '../../fixtures/generate';
import { applyEdit, editArb, startArb } from './engine-edits';
import { doc } from './run-rule';

/** Runs the edits, asserting after each that the incremental result equals a full run. */
function agreeAlong(start: VDoc, edits: readonly (readonly [number, number, number, number])[]) {
  const validator = new Validator();
  let current = start;
  expect(validator.validate(current)).toEqual(validate(current));
  for (const edit of edits) {
    current = applyEdit(current, edit);
    expect(validator.validate(current)).toEqual(validate(current));
  }
}

describe('Validator (incremental) agrees with a full validate after every edit', () => {
  it('over random edit sequences on templates and generated documents', () => {
    fc.assert(
      fc.property(
        startArb,
        fc.array(editArb, { minLength: 1, maxLength: 30, size: 'max' }),
        agreeAlong,
      ),
      { numRuns: 300 },
    );
  });

  it('over longer sequences on larger documents (diffs that shift and resync)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 400 }).map((size) => generateDocument(size, size)),
        fc.array(editArb, { minLength: 10, maxLength: 40, size: 'max' }),
        agreeAlong,
      ),
      { numRuns: 12 },
    );
  });

  it('with load diagnostics, which follow the severity settings too', () => {
    // Load diagnostics name elements that edits move, remove, rename and bring back; the
    // list itself changes now and then, as a reload gives a new one.
    const loads: Diagnostic[][] = [
      [
        { rule: 'doc/invalid-value', severity: 'error', message: 'repaired', elements: ['hw1'] },
        { rule: 'doc/json', severity: 'warning', message: 'trailing text', elements: [] },
      ],
      [
        { rule: 'doc/invalid-value', severity: 'warning', message: 'kept', elements: ['l1'] },
        { rule: 'doc/invalid-value', severity: 'info', message: 'gone', elements: ['ghost1'] },
        { rule: 'doc/invalid-value', severity: 'error', message: 'second', elements: ['os1'] },
      ],
      [],
    ];
    fc.assert(
      fc.property(
        startArb,
        fc.array(fc.tuple(editArb, fc.nat({ max: 9 })), { maxLength: 20, size: 'max' }),
        (start, steps) => {
          const validator = new Validator();
          let current = start;
          let load = loads[0]!;
          for (const [edit, pick] of steps) {
            current = applyEdit(current, edit);
            if (pick < loads.length) load = loads[pick]!;
            expect(validator.validate(current, load)).toEqual(validate(current, load));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('Validator', () => {
  const base = doc([
    { id: 'hw1', kind: 'hardware', label: 'Server' },
    { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
    { id: 'app1', kind: 'app', parent: 'os1', props: { artifact: 'jar' } },
  ]);

  it('returns the very same result for the very same document', () => {
    const validator = new Validator();
    const first = validator.validate(base);
    expect(validator.validate(base)).toBe(first);
  });

  it('heals orphans when their parent appears, and orphans them again when it goes', () => {
    const validator = new Validator();
    const orphaned = doc([
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'app1', kind: 'app', parent: 'os1', props: { artifact: 'native' } },
    ]);
    expect(validator.validate(orphaned).map((d) => d.rule)).toEqual(['doc/missing-parent']);
    const healed = addNode(orphaned, { kind: 'hardware', id: 'hw1' })!.doc;
    expect(validator.validate(healed)).toEqual([]);
    expect(validator.validate(orphaned).map((d) => d.rule)).toEqual(['doc/missing-parent']);
  });

  it('keeps checking a subtree left orphaned by a removal as a stack of its own', () => {
    const validator = new Validator();
    const start = doc([
      { id: 'hwA', kind: 'hardware' },
      { id: 'osB', kind: 'os', parent: 'hwA', props: { family: 'linux' } },
      { id: 'hwX', kind: 'hardware', parent: 'osB' },
    ]);
    validator.validate(start);
    const orphaned = { ...start, nodes: start.nodes.filter((n) => n.id !== 'osB') };
    let current: VDoc = orphaned;
    expect(validator.validate(current)).toEqual(validate(current));
    for (const id of ['os1', 'os2']) {
      current = addNode(current, {
        kind: 'os',
        id,
        parent: 'hwX',
        props: { family: 'linux' },
      })!.doc;
      expect(validator.validate(current)).toEqual(validate(current));
    }
    expect(validator.validate(current).map((d) => d.rule)).toContain('stack/single-boot');
  });

  it('moves a whole subtree into its new stack, so later edits beneath it reach it', () => {
    const validator = new Validator();
    const start = doc([
      { id: 'hw1', kind: 'hardware', props: { arch: 'x86_64' } },
      { id: 'os1', kind: 'os', parent: 'hw1', props: { family: 'linux' } },
      { id: 'hw2', kind: 'hardware', props: { arch: 'x86_64' } },
      { id: 'hv2', kind: 'hypervisor', parent: 'hw2', props: { hypervisorType: 'type1' } },
      { id: 'os2', kind: 'os', parent: 'hv2', props: { family: 'linux' } },
      { id: 'e2', kind: 'container-engine', parent: 'os2' },
      { id: 'c2', kind: 'container', parent: 'e2', props: { arch: 'x86_64' } },
    ]);
    validator.validate(start);
    let current = moveNode(start, 'e2', 'os1')!;
    expect(validator.validate(current)).toEqual(validate(current));
    current = setProp(current, 'hw1', 'arch', 'arm64')!;
    expect(validator.validate(current)).toEqual(validate(current));
    expect(validator.validate(current).some((d) => d.elements[0] === 'c2')).toBe(true);
  });

  it('sees a re-parent change the stack beneath', () => {
    const validator = new Validator();
    validator.validate(base);
    const withJvm = addNode(base, {
      kind: 'runtime',
      id: 'rt1',
      parent: 'os1',
      props: { product: 'jvm' },
    })!.doc;
    expect(validator.validate(withJvm).map((d) => d.elements)).toEqual([['app1']]);
    const moved = moveNode(withJvm, 'app1', 'rt1')!;
    expect(validator.validate(moved)).toEqual([]);
  });

  it('runs the document in full while ids are shared, and incrementally again after', () => {
    const validator = new Validator();
    const shared = { ...base, nodes: [...base.nodes, { id: 'os1', kind: 'os', props: {} }] };
    expect(validator.validate(shared)).toEqual(validate(shared));
    expect(validator.validate(base)).toEqual(validate(base));
    const edited = setProp(base, 'app1', 'artifact', 'native')!;
    expect(validator.validate(edited)).toEqual([]);
  });

  it('revalidates everything when the settings change', () => {
    const validator = new Validator();
    validator.validate(base);
    const off = { ...base, settings: { rules: { 'stack/artifact-environment': 'off' } } };
    expect(validator.validate(off)).toEqual([]);
    const info = { ...base, settings: { rules: { 'stack/artifact-environment': 'info' } } };
    expect(validator.validate(info).map((d) => d.severity)).toEqual(['info']);
  });

  it('agrees after the same elements are edited back and forth many times (undo, redo, a drag)', () => {
    // Each step takes an element out and puts a version of it back under the same id, and
    // the link on it too: the validator keeps such ids in place instead of deleting them.
    const start = generateDocument(300, 7);
    const container = start.nodes.find((n) => n.kind === 'container')!;
    const engines = start.nodes.filter((n) => n.kind === 'container-engine');
    const away = engines.find((e) => e.id !== container.parent)!;
    const moved = moveNode(start, container.id, away.id)!;
    const link = start.links[0]!;
    const relabelled = {
      ...start,
      links: [{ ...link, props: { driver: 'overlay' } }, ...start.links.slice(1)],
    };
    const validator = new Validator();
    for (let i = 0; i < 400; i++) {
      for (const d of [moved, start, relabelled, start]) {
        expect(validator.validate(d)).toEqual(validate(d));
      }
    }
  });

  it('can run a chosen rule set', () => {
    const rules = [...docRules, ...stackRules];
    const validator = new Validator({ rules });
    const edited = setProp(base, 'os1', 'family', 'plan9')!;
    expect(validator.validate(edited)).toEqual(validate(edited, [], { rules }));
  });
});
