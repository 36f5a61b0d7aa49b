import { describe, expect, it } from 'vitest';
import { compatRules } from '../../../../app/rules/compat';
import { HOSTILE } from '../compat/hostile-documents';
import { runRule } from '../run-rule';

describe('the compat rules', () => {
  it('are listed once each, with ids in their category', () => {
    const ids = compatRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of compatRules) {
      expect(rule.meta.category).toBe('compat');
      expect(rule.meta.id.startsWith('compat/')).toBe(true);
      expect(rule.meta.explanation.length).toBeGreaterThan(40);
    }
  });

  it.each(HOSTILE)('neither throw nor hang on %s', (_name, make) => {
    const d = make();
    for (const rule of compatRules) {
      const out = runRule(rule, d);
      for (const diag of out.slice(0, 3)) {
        expect(rule.fixes?.(d, diag) ?? []).toBeInstanceOf(Array);
      }
    }
  });
});
