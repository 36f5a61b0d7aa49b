import { describe, expect, it } from 'vitest';
import { wrap } from '../../../app/cli/commands/rules';
import { main } from '../../../app/cli/main';
import { RULES } from '../../../app/rules/catalogue';
import { memoryIO } from './memory-io';

async function run(argv: string[], isTTY = false) {
  const io = memoryIO({}, isTTY);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('vtopo rules', () => {
  it('prints the whole catalogue as JSON, in catalogue order', async () => {
    const r = await run(['rules', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const list = JSON.parse(r.out) as Record<string, unknown>[];
    expect(list).toEqual(
      RULES.map(({ meta }) => ({
        id: meta.id,
        category: meta.category,
        severity: meta.severity,
        title: meta.title,
        explanation: meta.explanation,
        defaultOff: meta.defaultOff === true,
      })),
    );
  });

  it('lists every rule with its severity, title and explanation', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    for (const { meta } of RULES) {
      expect(r.out).toContain(`${meta.id}  ${meta.severity}`);
      expect(r.out).toContain(meta.title);
      const firstWords = meta.explanation.split(/\s+/).slice(0, 3).join(' ');
      expect(r.out).toContain(firstWords);
    }
    expect(r.out).not.toContain('\u001b');
  });

  it('shows only the rules named, and refuses an unknown one', async () => {
    const some = RULES.slice(0, 2).map((r) => r.meta.id);
    const r = await run(['rules', ...some, '--json']);
    expect((JSON.parse(r.out) as { id: string }[]).map((e) => e.id)).toEqual(some);
    const bad = await run(['rules', 'stack/no-such-rule']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err.split('\n')[0]).toBe(
      "vtopo: no rule 'stack/no-such-rule' (vtopo rules lists them all)",
    );
  });

  it('colours severities only on a terminal', async () => {
    if (RULES.length === 0) return;
    expect((await run(['rules'], true)).out).toContain('\u001b[');
  });
});

describe('wrap', () => {
  it('wraps at the width and keeps every word', () => {
    const text = 'a hypervisor creates and runs virtual machines on a host machine';
    const lines = wrap(text, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('gives an overlong word a line of its own', () => {
    expect(wrap('x aaaaaaaaaaaa y', 5)).toEqual(['x', 'aaaaaaaaaaaa', 'y']);
  });
});
