// Structural equality of JSON-like data without recursion (a restored document may hold a
// million-deep value; node:util's isDeepStrictEqual would overflow the stack on it). Own
// keys must match in order too, since saving writes them in order; -0 is not 0.

export function deepEqual(a: unknown, b: unknown): boolean {
  const todo: [unknown, unknown][] = [[a, b]];
  while (todo.length > 0) {
    const [x, y] = todo.pop()!;
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (let i = 0; i < kx.length; i++) {
      const k = kx[i]!;
      if (k !== ky[i]) return false;
      todo.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}
