// Checking a node's props against its kind's spec (KIND_SPECS), each prop once: which are
// inside their domain, and whether all are and every required one is given. Shared by the
// NodeTable, which checks each element of a pass once, and Facts, for nodes it has no table for.
import type { VNode } from './document';
import { KINDS, KIND_SPECS, isInDomain, kindCode } from './kinds';
import type { PropSpec } from './kinds';

const NO_PROPS: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null));

export const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** How one prop of a kind is checked. */
interface PropCheck {
  readonly name: string;
  readonly spec: PropSpec;
  readonly required: boolean;
}

/**
 * The props of each kind, by kind code: in the order of KIND_SPECS, by name, and how many of
 * them are required.
 */
const CHECKS: readonly {
  readonly inOrder: readonly PropCheck[];
  readonly byName: ReadonlyMap<string, PropCheck>;
  readonly required: number;
}[] = KINDS.map((kind) => {
  const checks = Object.entries(KIND_SPECS[kind].props).map(([name, spec]) => ({
    name,
    spec,
    required: (spec.type === 'enum' || spec.type === 'string') && spec.required === true,
  }));
  const byName = new Map(checks.map((c) => [c.name, c]));
  return { inOrder: checks, byName, required: checks.filter((c) => c.required).length };
});

/** What checking a node's props finds. */
export interface Checked {
  /**
   * The props inside their domain: `node.props` itself when every prop it has is one of its
   * kind's and inside its domain (nearly always), else a copy of those.
   */
  readonly valid: Readonly<Record<string, unknown>>;
  /** Every prop given is inside its domain and every required prop is given. */
  readonly inDomain: boolean;
}

/** What `checkProps` fills in: one object a caller checking many nodes reuses. */
export interface CheckedInto {
  valid: Readonly<Record<string, unknown>>;
  inDomain: boolean;
}

/** Checks each prop of a node once, keeping those inside their domain. */
export function checkProps(node: VNode): Checked {
  return checkPropsInto(node, { valid: NO_PROPS, inDomain: true });
}

/**
 * The same, filling in `out` (and returning it): a validation pass checks every element, and
 * an object per element was most of what it allocated. `code`: the node's kind code, where
 * the caller has it.
 */
export function checkPropsInto(
  node: VNode,
  out: CheckedInto,
  code = kindCode(node.kind),
): CheckedInto {
  const kind = CHECKS[code];
  if (!kind) {
    out.valid = NO_PROPS;
    out.inDomain = true;
    return out;
  }
  const props = node.props;
  const proto: unknown = Object.getPrototypeOf(props);
  // `for in` reads own keys only of a plain object (a prototype of ours has no enumerable keys).
  if (proto !== Object.prototype && proto !== null) {
    const own = checkOwnProps(node, kind.byName);
    out.valid = own.valid;
    out.inDomain = own.inDomain;
    return out;
  }
  let allValid = true;
  let inDomain = true;
  let required = 0;
  // Documents mostly give a kind's props in the order of its spec (as the editor writes them):
  // the next check is then found by stepping along the spec's list, comparing names that are
  // both interned, before the name is hashed to look it up.
  const { inOrder } = kind;
  let next = 0;
  for (const name in props) {
    let at = next;
    while (at < inOrder.length && inOrder[at]!.name !== name) at++;
    let check: PropCheck | undefined;
    if (at < inOrder.length) {
      check = inOrder[at];
      next = at + 1;
    } else check = kind.byName.get(name);
    const value = props[name];
    // Not a prop of this kind, or unset: the view must not answer for it.
    if (check === undefined || value === undefined) {
      allValid = false;
      continue;
    }
    if (check.required) required++;
    if (!isInDomain(check.spec, value)) allValid = inDomain = false;
  }
  out.valid = allValid ? props : validCopy(props, kind.byName);
  out.inDomain = inDomain && required === kind.required;
  return out;
}

/** The same for props of any other object: own props only, asked one by one. */
function checkOwnProps(node: VNode, byName: ReadonlyMap<string, PropCheck>): Checked {
  let inDomain = true;
  for (const check of byName.values()) {
    const value = hasOwn(node.props, check.name) ? node.props[check.name] : undefined;
    if (value === undefined ? check.required : !isInDomain(check.spec, value)) inDomain = false;
  }
  return { valid: validCopy(node.props, byName), inDomain };
}

/**
 * The props inside their domain, in an object with no prototype, so any name looked up in
 * it answers only for the props kept.
 */
function validCopy(
  props: Readonly<Record<string, unknown>>,
  checks: ReadonlyMap<string, PropCheck>,
): Readonly<Record<string, unknown>> {
  const valid: Record<string, unknown> = Object.create(null);
  for (const check of checks.values()) {
    const value = hasOwn(props, check.name) ? props[check.name] : undefined;
    if (value !== undefined && isInDomain(check.spec, value)) {
      valid[check.name] = value;
    }
  }
  return valid;
}
