import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPort, parsePort } from '../../../app/model/kinds';

const EDGES = [
  '80:80',
  '8080:80/tcp',
  '53:53/udp',
  '0:80',
  '80:0',
  '65535:65535',
  '65536:80',
  '00080:80',
  '000080:80',
  '80:80/',
  '80:80/tcpx',
  '80:80/TCP',
  '80:80/tcp/udp',
  '8/0:80',
  ':80',
  '80:',
  '80',
  '1:2:3',
  '١٢:80',
  ' 80:80',
  '',
];

describe('isPort', () => {
  it('agrees with parsePort on edge cases', () => {
    for (const p of EDGES) expect(isPort(p), p).toBe(parsePort(p) !== undefined);
  });

  it('agrees with parsePort on strings built from port syntax', () => {
    const piece = fc.constantFrom(
      '0',
      '1',
      '5',
      '9',
      '65535',
      '65536',
      ':',
      '/',
      'tcp',
      'udp',
      'x',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((a) => a.join('')),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (p) => {
        expect(isPort(p)).toBe(parsePort(p) !== undefined);
      }),
      { numRuns: 5000 },
    );
  });
});
