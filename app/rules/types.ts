// The shape of a rule module (after ESLint's: metadata plus a check), and what a check sees.
import type { Diagnostic, VDoc, VLink, VNode } from '../model/document';
import type { Facts } from '../model/facts';
import type { Severity } from '../model/kinds';

export type RuleCategory = 'stack' | 'compat' | 'resources' | 'network' | 'doc' | 'insight';

export interface RuleMeta {
  /** e.g. "stack/hypervisor-type1-on-hardware" */
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** A short title for lists: "Type-1 hypervisor on bare hardware". */
  readonly title: string;
  /** Why, in the seed's terms: a few sentences a teacher would say. */
  readonly explanation: string;
  /** Teaching insights are off until a document turns them on in `settings.rules`. */
  readonly defaultOff?: boolean;
  /**
   * The node kinds `checkNode` speaks about: the engine calls it for nodes of these kinds
   * only (a full pass makes one call per rule and node, so this saves most of them).
   * `'unknown'`: only nodes of a kind that is not one of KINDS. Omitted: every node, unknown
   * kinds included.
   */
  readonly kinds?: readonly string[] | 'unknown';
}

/** What a check reads: derived facts over the current document, and its settings. */
export interface RuleContext {
  readonly facts: Facts;
  readonly cpuOvercommitRatio: number;
}

/** Reports a finding: a message naming elements by label, and the ids it names. */
export type Report = (message: string, elements: readonly string[]) => void;

/** A one-click repair: a pure function from document to document. */
export interface Fix {
  readonly title: string;
  apply(doc: VDoc): VDoc;
}

/**
 * A rule checks one node, one link, or the document as a whole. A node check may read the
 * node's own stack (beneath and above it) but nothing outside that stack; a link check may
 * read the stacks of the elements it joins. A `doc/*` document check reads only the settings
 * and which ids are shared; any other document check reruns on every edit. The engine relies
 * on this to recheck only what an edit touched.
 */
export interface RuleModule {
  readonly meta: RuleMeta;
  checkNode?(node: VNode, ctx: RuleContext, report: Report): void;
  checkLink?(link: VLink, ctx: RuleContext, report: Report): void;
  checkDoc?(doc: VDoc, ctx: RuleContext, report: Report): void;
  /** Quick fixes for one of this rule's diagnostics on `doc`, if any apply. */
  fixes?(doc: VDoc, diagnostic: Diagnostic): Fix[];
}
