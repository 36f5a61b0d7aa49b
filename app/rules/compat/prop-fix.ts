// Quick fixes that set one prop, and facts over the document a fix is asked about (fixes run
// on demand, outside the validation pass, so building an index here costs nothing hot).
import { setProp } from '../../commands/set-prop';
import type { VDoc } from '../../model/document';
import { Facts, buildIndex } from '../../model/facts';
import type { Fix } from '../types';

export function propFix(title: string, id: string, name: string, value: unknown): Fix {
  return { title, apply: (doc) => setProp(doc, id, name, value) ?? doc };
}

export function docFacts(doc: VDoc): Facts {
  return new Facts(buildIndex(doc));
}

/**
 * A boolean prop that defaults to false is off: unset or false (a valid false). Hot checks
 * read raw values with this instead of `Facts.flag`, which is the same test, slower.
 */
export function isOff(raw: unknown): boolean {
  return raw === undefined || raw === false;
}
