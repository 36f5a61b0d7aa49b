// Versioned migrations as a numbered sequence (tldraw's store): step N reads a version N
// document and returns it as version N + 1. A file is migrated step by step up to
// CURRENT_VERSION before it is restored, so restore only ever reads the current format.
import { CURRENT_VERSION } from '../model/document';
import { isRecord, oneLine } from './plain';

export interface Migration {
  /** The version this step reads. */
  readonly from: number;
  /** What changes, for the changelog and error messages. */
  readonly title: string;
  /**
   * The document as version `from + 1`. It receives untrusted JSON of version `from` (only
   * `format` and `version` are checked), must not throw on odd shapes and must not mutate
   * its input; the caller sets `version`.
   */
  up(json: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** Version 1 is the first format: nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = [];

/** Why a list of steps is not 1, 2, ... up to `current - 1`, or undefined when it is. */
export function migrationProblem(
  steps: readonly Migration[],
  current: number = steps.length + 1,
): string | undefined {
  for (let i = 0; i < steps.length; i++) {
    if (steps[i]!.from !== i + 1) {
      return `step ${i} reads version ${steps[i]!.from}, expected ${i + 1}`;
    }
  }
  if (steps.length !== current - 1) {
    return `${steps.length} steps end at version ${steps.length + 1}, not at ${current}`;
  }
  return undefined;
}

// Checked once at load: a gap in the sequence would silently skip a step for some files.
const problem = migrationProblem(MIGRATIONS, CURRENT_VERSION);
if (problem) throw new Error(`vtopo migrations are misnumbered: ${problem}`);

export type MigrateResult =
  { ok: true; json: Record<string, unknown>; applied: number[] } | { ok: false; reason: string };

/**
 * Runs the steps from version `from` up to the last one (`steps.length + 1`). `applied`
 * lists the `from` of each step run, in order. Never throws: a failing step is a reason.
 */
export function migrate(
  json: Record<string, unknown>,
  from: number,
  steps: readonly Migration[] = MIGRATIONS,
): MigrateResult {
  const wrong = migrationProblem(steps);
  if (wrong) return { ok: false, reason: `the migrations are misnumbered (${wrong})` };
  const target = steps.length + 1;
  if (!Number.isInteger(from) || from < 1) {
    return { ok: false, reason: `invalid format version (${String(from)})` };
  }
  if (from > target) {
    return {
      ok: false,
      reason: `made by a newer vtopo (format version ${from}; this one reads up to ${target})`,
    };
  }
  let current = json;
  const applied: number[] = [];
  for (let v = from; v < target; v++) {
    const step = steps[v - 1]!;
    let next: unknown;
    try {
      next = step.up(current);
    } catch (err) {
      return {
        ok: false,
        reason: `could not upgrade from format version ${v} (${step.title}: ${oneLine(err)})`,
      };
    }
    if (!isRecord(next)) {
      return {
        ok: false,
        reason: `could not upgrade from format version ${v} (${step.title}: no document)`,
      };
    }
    // Spread defines properties, so a "__proto__" key stays data.
    current = { ...next, version: v + 1 };
    applied.push(v);
  }
  return { ok: true, json: current, applied };
}
