import type { VDoc, VNode } from '../model/document';

export function indexOfNode(doc: VDoc, id: string): number {
  return doc.nodes.findIndex((n) => n.id === id);
}

export function replaceNode(doc: VDoc, index: number, node: VNode): VDoc {
  const nodes = doc.nodes.slice();
  nodes[index] = node;
  return { ...doc, nodes };
}

/** Sets an own property without ever touching a prototype ("__proto__" stays data). */
export function withKey<T>(
  obj: Readonly<Record<string, T>>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(obj)) {
    if (k === key) continue;
    Object.defineProperty(out, k, {
      value: obj[k],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (value !== undefined) {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
