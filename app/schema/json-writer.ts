// Pretty JSON without recursion. JSON.stringify recurses and overflows the stack near
// depth 10,000, and a kept prop value may be nested a million deep; indenting such a value
// would also make the output quadratic, so below MAX_PRETTY_DEPTH values are compact.

/** Fields in a fixed order: a plain object would put integer-like extra keys first. */
export class Fields {
  readonly keys: string[] = [];
  readonly values: unknown[] = [];

  add(key: string, value: unknown): this {
    this.keys.push(key);
    this.values.push(value);
    return this;
  }
}

/** Levels of nesting that are indented; deeper values are written on one line. */
export const MAX_PRETTY_DEPTH = 32;

const indents: string[] = [''];
function indent(depth: number): string {
  while (indents.length <= depth) indents.push(`${indents[indents.length - 1]!}  `);
  return indents[depth]!;
}

/**
 * Writes `value` as JSON, pretty with two spaces, the way JSON.stringify(value, null, 2)
 * does for shallow values (and with its treatment of undefined, functions and NaN), except
 * that -0 stays "-0" and an infinity is written as 1e999 (JSON.parse makes one of any number
 * too large for a double, such as 1e400 in a file), so each reads back as itself; a cycle is
 * cut with null.
 */
export function writeJson(value: unknown): string {
  let out = '';
  // The open containers, one entry per nesting level (the level is the index): parallel
  // arrays of small values, because a million-deep value would otherwise mean a million
  // long-lived frame objects for the garbage collector to trace.
  const srcs: object[] = [];
  const keyLists: (readonly string[] | null)[] = [];
  const valueLists: (readonly unknown[] | null)[] = [];
  const next: number[] = [];
  const written: number[] = [];
  const onPath = new Set<object>();

  // A scalar is written whole; a container is opened and filled by the loop below.
  const put = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        out += JSON.stringify(v);
        return;
      case 'number':
        out += Object.is(v, -0)
          ? '-0'
          : Number.isFinite(v)
            ? JSON.stringify(v)
            : v === Infinity
              ? '1e999'
              : v === -Infinity
                ? '-1e999'
                : 'null';
        return;
      case 'boolean':
        out += v ? 'true' : 'false';
        return;
      case 'object':
        if (v === null || onPath.has(v)) {
          out += 'null';
          return;
        }
        open(v);
        return;
      default:
        out += 'null';
    }
  };

  const open = (v: object): void => {
    let keys: readonly string[] | null = null;
    let values: readonly unknown[] | null = null;
    if (v instanceof Fields) {
      keys = v.keys;
      values = v.values;
    } else if (!Array.isArray(v)) {
      keys = Object.keys(v);
    }
    out += keys ? '{' : '[';
    onPath.add(v);
    srcs.push(v);
    keyLists.push(keys);
    valueLists.push(values);
    next.push(0);
    written.push(0);
  };

  put(value);
  while (srcs.length > 0) {
    const depth = srcs.length - 1;
    const src = srcs[depth]!;
    const keys = keyLists[depth]!;
    const pretty = depth < MAX_PRETTY_DEPTH;
    const index = next[depth]!;
    if (index >= (keys ? keys.length : (src as unknown[]).length)) {
      const count = written[depth]!;
      srcs.pop();
      keyLists.pop();
      valueLists.pop();
      next.pop();
      written.pop();
      onPath.delete(src);
      if (count > 0 && pretty) out += `\n${indent(depth)}`;
      out += keys ? '}' : ']';
      continue;
    }
    next[depth] = index + 1;
    let v: unknown;
    if (keys) {
      const key = keys[index]!;
      const values = valueLists[depth];
      v = values ? values[index] : (src as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      if (written[depth]! > 0) out += ',';
      out += pretty ? `\n${indent(depth + 1)}${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
    } else {
      v = (src as unknown[])[index];
      if (written[depth]! > 0) out += ',';
      if (pretty) out += `\n${indent(depth + 1)}`;
    }
    written[depth]!++;
    put(v);
  }
  return out;
}
