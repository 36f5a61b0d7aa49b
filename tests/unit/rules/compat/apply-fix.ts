// Applies one of a rule's quick fixes to a diagnostic, for fix tests.
import type { Diagnostic, VDoc } from '../../../../app/model/document';
import type { RuleModule } from '../../../../app/rules/types';

/** The fixes' titles, and the document after the fix whose title contains `title`. */
export function applyFix(rule: RuleModule, doc: VDoc, d: Diagnostic, title: string): VDoc {
  const fixes = rule.fixes?.(doc, d) ?? [];
  const fix = fixes.find((f) => f.title.includes(title));
  if (!fix) {
    throw new Error(`no fix "${title}" among: ${fixes.map((f) => f.title).join(' | ')}`);
  }
  const after = fix.apply(doc);
  if (after === doc) throw new Error(`fix "${fix.title}" changed nothing`);
  return after;
}
