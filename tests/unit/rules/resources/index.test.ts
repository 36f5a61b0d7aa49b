import { describe, expect, it } from 'vitest';
import { resourcesRules } from '../../../../app/rules/resources';
import { HOSTILE } from '../compat/hostile-documents';
import { runRule } from '../run-rule';

describe('the resources rules', () => {
  it('are listed once each, with ids in their category', () => {
    const ids = resourcesRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of resourcesRules) {
      expect(rule.meta.category).toBe('resources');
      expect(rule.meta.id.startsWith('resources/')).toBe(true);
      expect(rule.meta.explanation.length).toBeGreaterThan(40);
    }
  });

  it.each(HOSTILE)('neither throw nor hang on %s', (_name, make) => {
    const d = make();
    for (const rule of resourcesRules) {
      const out = runRule(rule, d);
      for (const diag of out.slice(0, 3)) {
        expect(rule.fixes?.(d, diag) ?? []).toBeInstanceOf(Array);
      }
    }
  });
});
