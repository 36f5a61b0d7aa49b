// Quick fixes for a diagnostic, from the rule that made it.
import type { Diagnostic, VDoc } from '../model/document';
import { ruleById } from './catalogue';
import type { Fix } from './types';

/** The fixes that apply to `d` on `doc` now; none when its rule has none or no longer reports it. */
export function fixesFor(doc: VDoc, d: Diagnostic): Fix[] {
  const rule = ruleById(d.rule);
  if (!rule?.fixes) return [];
  // A fix that trips over an odd document offers nothing, or changes nothing, rather than
  // failing the editor.
  let fixes: Fix[];
  try {
    fixes = rule.fixes(doc, d);
  } catch {
    return [];
  }
  return fixes.map((fix) => ({
    title: fix.title,
    apply: (target: VDoc) => {
      try {
        return fix.apply(target);
      } catch {
        return target;
      }
    },
  }));
}
