// What the field-by-field restore steps share: how a kept value is kept, where repairs
// are reported, and the id space repairs draw from.
import type { Diagnostic } from '../model/document';
import { IdSpace } from './id-space';
import { plainCopy } from './plain';
import type { CopyBudget } from './plain';

/** More values than a 50 MB file can hold: a bound on copying a caller's object graph. */
const MAX_COPIED_VALUES = 30_000_000;

export type LoadRule = 'doc/invalid-value' | 'doc/duplicate-id';

export class RestoreContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly ids = new IdSpace();
  private readonly budget: CopyBudget;

  /**
   * @param parsed the input came from JSON.parse: it is already plain data with own keys, so
   *   kept values are kept by reference. Otherwise (a JS value from a caller) each kept value
   *   is copied into plain JSON data first, so saving it can neither loop nor lose part of it.
   */
  constructor(
    readonly parsed: boolean,
    maxCopiedValues = MAX_COPIED_VALUES,
  ) {
    this.budget = { left: maxCopiedValues };
  }

  report(rule: LoadRule, message: string, elements: readonly string[]): void {
    this.diagnostics.push({ rule, severity: 'error', message, elements });
  }

  /** A value kept as the file had it; `where` names it in case it is not JSON data. Hot
   * paths test `parsed` first to skip making the closure. */
  keep(value: unknown, where: () => string, elements: readonly string[]): unknown {
    if (this.parsed) return value;
    const { value: copy, changed } = plainCopy(value, this.budget);
    if (changed > 0) {
      this.report(
        'doc/invalid-value',
        `${where()} held ${changed} value${changed === 1 ? '' : 's'} that JSON cannot hold: replaced by null or left out`,
        elements,
      );
    }
    return copy;
  }
}
