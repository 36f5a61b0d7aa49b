import { describe, expect, it } from 'vitest';
import { networkRules } from '../../../../app/rules/network';
import { HOSTILE } from '../compat/hostile-documents';
import { runRule } from '../run-rule';

describe('the network rules', () => {
  it('are listed once each, with ids in their category', () => {
    const ids = networkRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of networkRules) {
      expect(rule.meta.category).toBe('network');
      expect(rule.meta.id.startsWith('network/')).toBe(true);
      expect(rule.meta.explanation.length).toBeGreaterThan(40);
    }
  });

  it.each(HOSTILE)('neither throw nor hang on %s', (_name, make) => {
    const d = make();
    for (const rule of networkRules) {
      const out = runRule(rule, d);
      for (const diag of out.slice(0, 3)) {
        expect(rule.fixes?.(d, diag) ?? []).toBeInstanceOf(Array);
      }
    }
  });
});
