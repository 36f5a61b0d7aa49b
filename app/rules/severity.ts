// What a document's settings change about the rules: severity overrides (`settings.rules`)
// and the CPU overcommit ratio. Only valid values count; `doc/invalid-value` reports the rest.
import type { Diagnostic, Settings, VDoc } from '../model/document';
import { SEVERITY_SETTINGS } from '../model/kinds';
import type { Severity, SeveritySetting } from '../model/kinds';
import type { RuleMeta } from './types';

export const DEFAULT_OVERCOMMIT_RATIO = 4;

const NO_SETTINGS: Settings = Object.freeze({});

/** A document's settings, or none for a hand-built document that lacks them. */
export function settingsOf(doc: Pick<VDoc, 'settings'>): Settings {
  const settings: unknown = doc.settings;
  return typeof settings === 'object' && settings !== null ? (settings as Settings) : NO_SETTINGS;
}

/** The document's valid override for a rule, if it has one. */
export function severityOverride(settings: Settings, ruleId: string): SeveritySetting | undefined {
  const rules: unknown = settings.rules;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(rules, ruleId)) return undefined;
  const value = (rules as Record<string, unknown>)[ruleId];
  return (SEVERITY_SETTINGS as readonly unknown[]).includes(value)
    ? (value as SeveritySetting)
    : undefined;
}

/**
 * The severity a rule's findings have in a document, or undefined when the rule is off
 * there: an override replaces the default ("off" drops), and rules that are off by default
 * (the teaching insights) run only when the document turns them on.
 */
export function effectiveSeverity(
  settings: Settings,
  rule: Pick<RuleMeta, 'id' | 'severity' | 'defaultOff'>,
): Severity | undefined {
  const override = severityOverride(settings, rule.id);
  if (override === 'off') return undefined;
  if (override !== undefined) return override;
  return rule.defaultOff === true ? undefined : rule.severity;
}

/** Load diagnostics as a document's settings have them: dropped when off, else re-graded. */
export function applySeverityOverrides(
  doc: Pick<VDoc, 'settings'>,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const settings = settingsOf(doc);
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const severity = effectiveSeverity(settings, { id: d.rule, severity: d.severity });
    if (severity === undefined) continue;
    out.push(severity === d.severity ? d : { ...d, severity });
  }
  return out;
}

/** `settings.cpuOvercommitRatio` when it is a positive finite number, else the default 4. */
export function overcommitRatio(settings: Settings): number {
  const ratio = settings.cpuOvercommitRatio;
  return typeof ratio === 'number' && Number.isFinite(ratio) && ratio > 0
    ? ratio
    : DEFAULT_OVERCOMMIT_RATIO;
}
