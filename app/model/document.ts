import type { Severity } from './kinds';

export const FORMAT = 'vtopo';
/** The newest format version this program reads and writes. */
export const CURRENT_VERSION = 1;

export interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * One element of a stack. `kind` and prop values are kept as the file had them, even when
 * outside their domain: the rules report them (`doc/unknown-kind`, `doc/invalid-value`)
 * and saving writes them back unchanged.
 */
export interface VNode {
  readonly id: string;
  readonly kind: string;
  readonly parent?: string;
  readonly label?: string;
  readonly position?: Position;
  readonly props: Readonly<Record<string, unknown>>;
  /** Fields this version does not know, kept in their order and written back. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface VLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Settings {
  /** Rule id -> "off" | "info" | "warning" | "error"; other values are reported and ignored. */
  readonly rules?: Readonly<Record<string, unknown>>;
  /** Default 4; a value that is not a positive number is reported and ignored. */
  readonly cpuOvercommitRatio?: unknown;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface VDoc {
  readonly format: typeof FORMAT;
  readonly version: number;
  readonly title?: string;
  readonly nodes: readonly VNode[];
  readonly links: readonly VLink[];
  readonly settings: Settings;
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** A finding about a document: from loading it, or from a rule. Plain data. */
export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** The ids of the elements or links it names (see DOMAIN.md, "Who is named"). */
  readonly elements: readonly string[];
}

export function emptyDoc(title?: string): VDoc {
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    ...(title === undefined ? {} : { title }),
    nodes: [],
    links: [],
    settings: {},
  };
}

/** How a diagnostic names an element: `"Label" (id)`, or the id alone when unlabelled. */
export function nameOf(node: Pick<VNode, 'id' | 'label'> | undefined, id?: string): string {
  if (!node) return id === undefined ? 'an element' : `"${id}"`;
  const label = node.label?.trim();
  if (!label) return `"${node.id}"`;
  const shown = label.length > 60 ? `${label.slice(0, 60)}…` : label;
  return shown === node.id ? `"${shown}"` : `"${shown}" (${node.id})`;
}
