// DOMAIN.md's conventions, checked over the whole catalogue: each wrong placement is
// reported once, on the element that is wrong, and incompleteness is reported where it is.
import { describe, expect, it } from 'vitest';
import type { VDoc } from '../../../app/model/document';
import { validate } from '../../../app/rules/engine';
import { doc } from './run-rule';

const about = (d: VDoc, id: string) =>
  validate(d)
    .filter((x) => x.elements.includes(id))
    .map((x) => x.rule);

describe('the reporting conventions', () => {
  it('an element with no parent is unplaced and nothing else about its placement', () => {
    const d = doc([
      { id: 'hv1', kind: 'hypervisor', props: { hypervisorType: 'type1' } },
      { id: 'hv2', kind: 'hypervisor', props: { hypervisorType: 'type2' } },
      { id: 'os1', kind: 'os', props: { family: 'linux', arch: 'arm64' } },
      { id: 'c1', kind: 'container', props: { os: 'windows', arch: 'arm64' } },
      { id: 'a1', kind: 'app', props: { artifact: 'jar' } },
      {
        id: 'a2',
        kind: 'app',
        props: { artifact: 'native', targetOs: 'windows', targetArch: 'arm64' },
      },
    ]);
    for (const id of ['hv1', 'hv2', 'os1', 'c1', 'a1', 'a2']) {
      expect(about(d, id), id).toEqual(['stack/unplaced']);
    }
  });

  it('hardware standing alone is never unplaced', () => {
    expect(validate(doc([{ id: 'hw', kind: 'hardware' }]))).toEqual([]);
  });

  it('an element whose parent names nothing gets doc/missing-parent only', () => {
    const d = doc([
      { id: 'hv1', kind: 'hypervisor', parent: 'gone', props: { hypervisorType: 'type1' } },
      { id: 'a1', kind: 'app', parent: 'gone', props: { artifact: 'binary', targetArch: 'arm64' } },
      { id: 'hw1', kind: 'hardware', parent: 'gone' },
    ]);
    for (const id of ['hv1', 'a1', 'hw1']) expect(about(d, id), id).toEqual(['doc/missing-parent']);
  });

  it('elements on a parent cycle get the cycle, not placement findings', () => {
    const d = doc([
      { id: 'a', kind: 'hardware', parent: 'b' },
      { id: 'b', kind: 'container', parent: 'a' },
    ]);
    expect(validate(d).map((x) => [x.rule, x.elements])).toEqual([
      ['doc/parent-cycle', ['a', 'b']],
    ]);
  });

  it('an element of unknown kind gets doc/unknown-kind only, wherever it stands', () => {
    const d = doc([
      { id: 'x', kind: 'gadget' },
      { id: 'hw', kind: 'hardware' },
      { id: 'y', kind: 'gadget', parent: 'hw' },
    ]);
    expect(about(d, 'x')).toEqual(['doc/unknown-kind']);
    expect(about(d, 'y')).toEqual(['doc/unknown-kind']);
    expect(about(d, 'hw')).toEqual([]);
  });

  it('a known element on an element of unknown kind is misplaced: an unknown thing is no place', () => {
    const d = doc([
      { id: 'x', kind: 'gadget' },
      { id: 'os1', kind: 'os', parent: 'x', props: { family: 'linux' } },
    ]);
    expect(about(d, 'os1')).toEqual(['stack/os-placement']);
  });

  it('a misplaced element is reported once, on the upper one', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'hv', kind: 'hypervisor', parent: 'os', props: { hypervisorType: 'type1' } },
    ]);
    expect(validate(d).map((x) => [x.rule, x.elements])).toEqual([
      ['stack/hypervisor-type1-on-hardware', ['hv']],
    ]);
  });

  it('a second element on hardware that cannot boot it is misplaced, not a second boot', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'eng', kind: 'container-engine', parent: 'hw' },
    ]);
    expect(validate(d).map((x) => [x.rule, x.elements])).toEqual([['stack/engine-on-os', ['eng']]]);
    const twoBoots = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'os', kind: 'os', parent: 'hw', props: { family: 'linux' } },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type1' } },
    ]);
    expect(validate(twoBoots).map((x) => [x.rule, x.elements])).toEqual([
      ['stack/single-boot', ['hw']],
    ]);
  });

  it('a required prop missing is reported once, and the rules that need it skip', () => {
    const d = doc([
      { id: 'hw', kind: 'hardware' },
      { id: 'hv', kind: 'hypervisor', parent: 'hw' },
      { id: 'g', kind: 'os', parent: 'hv' },
      { id: 'a', kind: 'app', parent: 'g' },
    ]);
    expect(validate(d).map((x) => [x.rule, x.elements])).toEqual([
      ['doc/invalid-value', ['hv']],
      ['doc/invalid-value', ['g']],
      ['doc/invalid-value', ['a']],
    ]);
  });
});
