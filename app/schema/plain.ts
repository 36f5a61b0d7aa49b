// Helpers for values from outside: own-property writes that cannot reach a prototype,
// one-line descriptions for messages, and an iterative copy into plain JSON data (for
// values handed over as JS objects, which may hold cycles, functions or getters).

export type JsonObject = Record<string, unknown>;

/** A non-null object that is not an array: what a JSON object parses to. */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** `obj[key] = value` that stays a plain data property even for "__proto__". */
export function setOwn(obj: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A short, one-line description of a value, for a diagnostic or a refusal. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value, 40));
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** An error (or anything thrown) as one clipped line. */
export function oneLine(err: unknown, max = 160): string {
  let text: string;
  try {
    text = err instanceof Error ? err.message : String(err);
  } catch {
    text = 'unknown error';
  }
  return clip(text.replace(/\s+/g, ' ').trim(), max);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const CONTAINER = Symbol('container');
const OMIT = Symbol('omit');

/** A primitive as JSON keeps it (a number it cannot hold, or a bigint, as null); OMIT where
 * JSON has no value; CONTAINER for objects. */
function leaf(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return null;
    case 'object':
      return value === null ? null : CONTAINER;
    default:
      return OMIT;
  }
}

interface CopyFrame {
  readonly src: unknown[] | JsonObject;
  readonly dst: unknown[] | JsonObject;
  readonly keys: readonly string[] | null;
  readonly length: number;
  i: number;
}

/** Thrown by plainCopy when a value is larger than any document could be. */
export class TooLarge extends Error {}

/** How many values plainCopy may still copy: shared by every copy in one restore. */
export interface CopyBudget {
  left: number;
}

/**
 * A deep copy of `root` with JSON's meaning: non-finite numbers and values JSON cannot hold
 * become null in lists and are left out of objects, a reference back to an enclosing
 * object becomes null. Iterative, so depth cannot overflow the stack. An object reached
 * twice without a cycle is copied twice, as saving would write it; the budget stops a
 * small graph of shared references from expanding without end. `changed` counts what
 * was not JSON.
 */
export function plainCopy(root: unknown, budget: CopyBudget): { value: unknown; changed: number } {
  let changed = 0;
  const first = leaf(root);
  if (first !== CONTAINER) {
    if (first === OMIT || (first === null && root !== null)) changed++;
    return { value: first === OMIT ? null : first, changed };
  }
  const onPath = new Set<object>();
  const stack: CopyFrame[] = [];
  const open = (src: object): unknown[] | JsonObject => {
    if (--budget.left < 0) throw new TooLarge('it holds too many values');
    const dst: unknown[] | JsonObject = Array.isArray(src) ? [] : {};
    const keys = Array.isArray(src) ? null : Object.keys(src);
    const length = keys ? keys.length : (src as unknown[]).length;
    stack.push({ src: src as unknown[] | JsonObject, dst, keys, length, i: 0 });
    onPath.add(src);
    return dst;
  };
  const result = open(root as object);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.length) {
      stack.pop();
      onPath.delete(frame.src);
      continue;
    }
    if (--budget.left < 0) throw new TooLarge('it holds too many values');
    const index = frame.i++;
    const key = frame.keys ? frame.keys[index]! : '';
    const value = frame.keys ? (frame.src as JsonObject)[key] : (frame.src as unknown[])[index];
    let out = leaf(value);
    if (out === CONTAINER) {
      const obj = value as object;
      if (onPath.has(obj)) {
        changed++;
        out = null;
      } else {
        out = open(obj);
      }
    } else if (out === OMIT) {
      if (value !== undefined || !frame.keys) changed++;
      if (frame.keys) continue;
      out = null;
    } else if (out === null && value !== null) {
      changed++;
    }
    if (frame.keys) setOwn(frame.dst as JsonObject, key, out);
    else (frame.dst as unknown[]).push(out);
  }
  return { value: result, changed };
}
