import { describe, expect, it } from 'vitest';
import { KINDS, KIND_SPECS, domainTest, propProblem } from '../../../app/model/kinds';

const VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  0.5,
  1,
  2.5,
  -1,
  65535,
  NaN,
  Infinity,
  -Infinity,
  '',
  'x86_64',
  'multi',
  'linux',
  'type1',
  'jvm',
  'native',
  'toString',
  '__proto__',
  {},
  [],
  ['8080:80'],
  ['8080:80/udp', '53:53/tcp'],
  ['0:80'],
  ['65536:80'],
  ['8080:80/sctp'],
  ['8080:80', 8080],
  [undefined],
  Object.create(null),
  () => 1,
];

describe('domainTest', () => {
  it('agrees with propProblem on every prop of every kind', () => {
    for (const kind of KINDS) {
      for (const [name, spec] of Object.entries(KIND_SPECS[kind].props)) {
        const test = domainTest(spec);
        for (const value of VALUES) {
          expect(test(value), `${kind}.${name} = ${typeof value}`).toBe(
            propProblem(spec, value) === undefined,
          );
        }
      }
    }
  });
});
