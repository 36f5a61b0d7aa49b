// The rule engine: validates a document against the catalogue, once (`validate`) or on
// every edit, rechecking only the stacks an edit touched (`Validator`).
import type { Diagnostic, VDoc } from '../model/document';
import { RULES } from './catalogue';
import { validateOnce } from './full-run';
import type { ValidateOptions } from './full-run';

export type { ValidateOptions } from './full-run';
export { Validator } from './validator';
export {
  applySeverityOverrides,
  effectiveSeverity,
  overcommitRatio,
  severityOverride,
} from './severity';
export { sortDiagnostics } from './order';

/**
 * Every diagnostic of a document in canonical order: the rules' findings and the given load
 * diagnostics, with the document's severity overrides applied to both.
 */
export function validate(
  doc: VDoc,
  loadDiagnostics: readonly Diagnostic[] = [],
  options: ValidateOptions = {},
): Diagnostic[] {
  return validateOnce(doc, loadDiagnostics, options.rules ?? RULES);
}
