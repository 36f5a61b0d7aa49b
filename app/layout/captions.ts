// What a box says: its label, and a caption naming what the element is, in the seed's
// terms ("Type 1 hypervisor", "Guest OS · Linux", "Container · nginx:1.27").
import type { VNode } from '../model/document';
import { ARCHES, KIND_SPECS, OS_FAMILIES, isKind } from '../model/kinds';
import { displayText } from './text';
import type { StyleKey } from './types';

const FAMILY_NAMES: Readonly<Record<string, string>> = {
  linux: 'Linux',
  windows: 'Windows',
  macos: 'macOS',
  bsd: 'BSD',
  other: 'other',
};

const RUNTIME_NAMES: Readonly<Record<string, string>> = {
  jvm: 'JVM',
  nodejs: 'Node.js',
  python: 'Python',
  dotnet: '.NET',
  ruby: 'Ruby',
  wasm: 'WebAssembly',
};

const ARTIFACT_NAMES: Readonly<Record<string, string>> = {
  js: '.js',
  jar: '.jar',
  python: '.py',
  dotnet: '.NET',
  native: 'native',
  binary: 'binary',
};

function own(record: Readonly<Record<string, string>>, key: unknown): string | undefined {
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}

function prop(node: VNode, name: string): unknown {
  return Object.hasOwn(node.props, name) ? node.props[name] : undefined;
}

export function styleOf(kind: string): StyleKey {
  return isKind(kind) ? kind : 'unknown';
}

/** The label as drawn: the element's own, else what it is. */
export function labelText(node: VNode): string {
  const label = typeof node.label === 'string' ? node.label : '';
  if (label.trim() !== '') return displayText(label);
  return isKind(node.kind) ? KIND_SPECS[node.kind].title : displayText(node.id);
}

// Captions repeat ("App · native" on every app): each is built once and shared, so laying
// out 10,000 elements makes no new string per box. Tails come from the document (an image
// name), so the memo is dropped whole when it grows large.
const TAILED_MAX = 4096;
const tailed = new Map<string, Map<string, string>>();
let tailedSize = 0;

function withTail(head: string, tail: string | undefined): string {
  if (!tail) return head;
  let byTail = tailed.get(head);
  if (!byTail) tailed.set(head, (byTail = new Map()));
  let text = byTail.get(tail);
  if (text === undefined) {
    if (tailedSize >= TAILED_MAX) {
      for (const m of tailed.values()) m.clear();
      tailedSize = 0;
    }
    text = `${head} · ${tail}`;
    byTail.set(tail, text);
    tailedSize++;
  }
  return text;
}

/** The caption: what the element is, from its kind, its props and what it sits on. */
export function captionText(node: VNode, parentKind: string | undefined): string {
  switch (node.kind) {
    case 'hardware': {
      const arch = prop(node, 'arch') ?? 'x86_64';
      return withTail(
        'Hardware',
        (ARCHES as readonly unknown[]).includes(arch) ? String(arch) : undefined,
      );
    }
    case 'hypervisor': {
      const type = prop(node, 'hypervisorType');
      if (type === 'type1') return 'Type 1 hypervisor';
      if (type === 'type2') return 'Type 2 hypervisor';
      return 'Hypervisor';
    }
    case 'os': {
      const role =
        parentKind === 'hardware' ? 'Host OS' : parentKind === 'hypervisor' ? 'Guest OS' : 'OS';
      const family = prop(node, 'family');
      return withTail(
        role,
        (OS_FAMILIES as readonly unknown[]).includes(family)
          ? own(FAMILY_NAMES, family)
          : undefined,
      );
    }
    case 'container-engine':
      return 'Container engine';
    case 'container': {
      const image = prop(node, 'image');
      return withTail(
        'Container',
        typeof image === 'string' && image.trim() !== '' ? displayText(image) : undefined,
      );
    }
    case 'runtime':
      return withTail('Process VM', own(RUNTIME_NAMES, prop(node, 'product')));
    case 'app':
      return withTail('App', own(ARTIFACT_NAMES, prop(node, 'artifact')));
    default:
      return node.kind.trim() === '' ? 'Unknown kind' : displayText(node.kind);
  }
}
