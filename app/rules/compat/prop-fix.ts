// Quick fixes that set one prop, and facts over the document a fix is asked about (fixes run
// on demand, outside the validation pass, so building an index here costs nothing hot).
import { setProp } from '../../commands/set-prop';
import type { VDoc, VNode } from '../../model/document';
import { Facts, buildIndex } from '../../model/facts';
import type { Fix } from '../types';

export function propFix(title: string, id: string, name: string, value: unknown): Fix {
  return { title, apply: (doc) => setProp(doc, id, name, value) ?? doc };
}

export function docFacts(doc: VDoc): Facts {
  return new Facts(buildIndex(doc));
}

/** Whether a node's prop is given at all (valid or not): unset means its default applies. */
export function isGiven(node: VNode, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(node.props, name) && node.props[name] !== undefined;
}
