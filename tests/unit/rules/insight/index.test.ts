import { describe, expect, it } from 'vitest';
import { insightRules } from '../../../../app/rules/insight';
import { HOSTILE } from '../compat/hostile-documents';
import { runRule } from '../run-rule';

describe('the insight rules', () => {
  it('are listed once each, with ids in their category', () => {
    const ids = insightRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of insightRules) {
      expect(rule.meta.category).toBe('insight');
      expect(rule.meta.id.startsWith('insight/')).toBe(true);
      expect(rule.meta.explanation.length).toBeGreaterThan(40);
    }
  });

  it.each(HOSTILE)('neither throw nor hang on %s', (_name, make) => {
    const d = make();
    for (const rule of insightRules) {
      const out = runRule(rule, d);
      for (const diag of out.slice(0, 3)) {
        expect(rule.fixes?.(d, diag) ?? []).toBeInstanceOf(Array);
      }
    }
  });
});
