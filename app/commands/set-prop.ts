import type { VDoc } from '../model/document';
import { indexOfNode, replaceNode, withKey } from './util';

/** Sets (or with `undefined`, removes) one prop of an element. */
export function setProp(doc: VDoc, id: string, name: string, value: unknown): VDoc | null {
  const i = indexOfNode(doc, id);
  const node = doc.nodes[i];
  if (!node) return null;
  const has = Object.prototype.hasOwnProperty.call(node.props, name);
  if (value === undefined ? !has : has && Object.is(node.props[name], value)) return null;
  return replaceNode(doc, i, { ...node, props: withKey(node.props, name, value) });
}
