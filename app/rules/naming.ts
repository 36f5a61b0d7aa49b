// How rule messages speak of elements and values: `OS "Ubuntu" (os1)`, `link "l1"`, `"x86"`.
import { nameOf } from '../model/document';
import type { VNode } from '../model/document';

const NOUNS: ReadonlyMap<string, string> = new Map([
  ['hardware', 'hardware'],
  ['hypervisor', 'hypervisor'],
  ['os', 'OS'],
  ['container-engine', 'container engine'],
  ['container', 'container'],
  ['runtime', 'runtime'],
  ['app', 'app'],
]);

/** `OS "Ubuntu" (os1)`, `container engine "Docker" (eng1)`, or for an unknown kind `"X" (x1)`. */
export function described(node: VNode): string {
  const noun = NOUNS.get(node.kind);
  return noun === undefined ? nameOf(node) : `${noun} ${nameOf(node)}`;
}

/** The same with a capital: the subject of a message. */
export function subject(node: VNode): string {
  const text = described(node);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function linkName(id: string): string {
  return `link "${clip(String(id))}"`;
}

/** `Link "l1"`: the subject of a message about a link. */
export function linkSubject(id: string): string {
  return `Link "${clip(String(id))}"`;
}

/** A value from an untrusted file, shown briefly and safely: `"x86"`, `-1`, `a list`. */
export function shown(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `"${clip(value)}"`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'missing';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

export function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
