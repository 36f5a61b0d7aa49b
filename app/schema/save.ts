// Document -> stable, pretty JSON: known fields in the format's order, then the unknown
// ones in their kept order; props as kept. Optional fields are written only when set
// (`parent`, `label`, `position`, `title`, settings' `rules` and `cpuOvercommitRatio`);
// `nodes`, `links`, `settings` and each `props` always are, so load(save(d)) equals d.
//
// Two writers give the same bytes: native JSON.stringify over plain objects in canonical
// order (fast), and the iterative writer, used when some value would make the native one
// overflow the stack or differ (deep nesting, -0, an infinity, a cycle, integer-like
// unknown field names, which a plain object would move to the front).
import type { Settings, VDoc, VLink, VNode } from '../model/document';
import { CURRENT_VERSION, FORMAT } from '../model/document';
import { Fields, MAX_PRETTY_DEPTH, writeJson } from './json-writer';
import { setOwn } from './plain';

const DOC_FIELDS = new Set(['format', 'version', 'title', 'nodes', 'links', 'settings']);
const NODE_FIELDS = new Set(['id', 'kind', 'parent', 'label', 'position', 'props']);
const LINK_FIELDS = new Set(['id', 'from', 'to', 'kind', 'props']);
const SETTINGS_FIELDS = new Set(['rules', 'cpuOvercommitRatio']);

export function saveDocument(doc: VDoc): string {
  const plain = plainDoc(doc);
  const text = plain ? JSON.stringify(plain, null, 2) : writeJson(fieldsDoc(doc));
  return `${text}\n`;
}

/** Exported for the test that both writers agree. */
export function saveDocumentCarefully(doc: VDoc): string {
  return `${writeJson(fieldsDoc(doc))}\n`;
}

// ---- the iterative writer's input: Fields keep their order whatever the key ----

function fieldsDoc(doc: VDoc): Fields {
  const f = new Fields()
    .add('format', FORMAT)
    .add('version', CURRENT_VERSION)
    .add('title', doc.title)
    .add('nodes', doc.nodes.map(fieldsNode))
    .add('links', doc.links.map(fieldsLink))
    .add('settings', fieldsSettings(doc.settings ?? {}));
  return addExtra(f, doc.extra, DOC_FIELDS);
}

function fieldsNode(node: VNode): Fields {
  const p = node.position;
  const f = new Fields()
    .add('id', node.id)
    .add('kind', node.kind)
    .add('parent', node.parent)
    .add('label', node.label)
    .add('position', p && new Fields().add('x', p.x).add('y', p.y))
    .add('props', node.props ?? {});
  return addExtra(f, node.extra, NODE_FIELDS);
}

function fieldsLink(link: VLink): Fields {
  const f = new Fields()
    .add('id', link.id)
    .add('from', link.from)
    .add('to', link.to)
    .add('kind', link.kind)
    .add('props', link.props ?? {});
  return addExtra(f, link.extra, LINK_FIELDS);
}

function fieldsSettings(settings: Settings): Fields {
  const f = new Fields()
    .add('rules', settings.rules)
    .add('cpuOvercommitRatio', settings.cpuOvercommitRatio);
  return addExtra(f, settings.extra, SETTINGS_FIELDS);
}

/** Unknown fields after the known ones; one named like a known field cannot be written. */
function addExtra(
  f: Fields,
  extra: Readonly<Record<string, unknown>> | undefined,
  known: ReadonlySet<string>,
): Fields {
  if (extra) for (const key of Object.keys(extra)) if (!known.has(key)) f.add(key, extra[key]);
  return f;
}

// ---- the native writer's input: plain objects, or null where it would go wrong ----

type Plain = Record<string, unknown>;

// Nesting depth of values in the document (the document itself is 0), as the writer counts.
const IN_DOC = 1;
const IN_SETTINGS = 2;
const IN_ELEMENT = 3;

function plainDoc(doc: VDoc): Plain | null {
  if (doc.title !== undefined && typeof doc.title !== 'string') return null;
  const nodes: Plain[] = [];
  for (const node of doc.nodes) {
    const n = plainNode(node);
    if (!n) return null;
    nodes.push(n);
  }
  const links: Plain[] = [];
  for (const link of doc.links) {
    const l = plainLink(link);
    if (!l) return null;
    links.push(l);
  }
  const settings = plainSettings(doc.settings ?? {});
  if (!settings) return null;
  const out: Plain = { format: FORMAT, version: CURRENT_VERSION };
  if (doc.title !== undefined) out.title = doc.title;
  out.nodes = nodes;
  out.links = links;
  out.settings = settings;
  return plainExtra(out, doc.extra, DOC_FIELDS, IN_DOC);
}

function plainNode(node: VNode): Plain | null {
  const { id, kind, parent, label, position } = node;
  if (typeof id !== 'string' || typeof kind !== 'string') return null;
  const out: Plain = { id, kind };
  if (parent !== undefined) {
    if (typeof parent !== 'string') return null;
    out.parent = parent;
  }
  if (label !== undefined) {
    if (typeof label !== 'string') return null;
    out.label = label;
  }
  if (position !== undefined) {
    if (!scalarSafe(position.x) || !scalarSafe(position.y)) return null;
    out.position = { x: position.x, y: position.y };
  }
  const props = node.props ?? {};
  if (!nativeSafe(props, IN_ELEMENT)) return null;
  out.props = props;
  return plainExtra(out, node.extra, NODE_FIELDS, IN_ELEMENT);
}

function plainLink(link: VLink): Plain | null {
  const { id, from, to, kind } = link;
  if (
    typeof id !== 'string' ||
    typeof from !== 'string' ||
    typeof to !== 'string' ||
    typeof kind !== 'string'
  ) {
    return null;
  }
  const props = link.props ?? {};
  if (!nativeSafe(props, IN_ELEMENT)) return null;
  return plainExtra({ id, from, to, kind, props }, link.extra, LINK_FIELDS, IN_ELEMENT);
}

function plainSettings(settings: Settings): Plain | null {
  const out: Plain = {};
  if (settings.rules !== undefined) {
    if (!nativeSafe(settings.rules, IN_SETTINGS)) return null;
    out.rules = settings.rules;
  }
  if (settings.cpuOvercommitRatio !== undefined) {
    if (!nativeSafe(settings.cpuOvercommitRatio, IN_SETTINGS)) return null;
    out.cpuOvercommitRatio = settings.cpuOvercommitRatio;
  }
  return plainExtra(out, settings.extra, SETTINGS_FIELDS, IN_SETTINGS);
}

const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

function plainExtra(
  out: Plain,
  extra: Readonly<Record<string, unknown>> | undefined,
  known: ReadonlySet<string>,
  depth: number,
): Plain | null {
  if (!extra) return out;
  for (const key of Object.keys(extra)) {
    if (known.has(key)) continue;
    // An integer-like key would be moved before the known fields by a plain object.
    if (INDEX_KEY.test(key)) return null;
    const value = extra[key];
    if (!nativeSafe(value, depth)) return null;
    setOwn(out, key, value);
  }
  return out;
}

/** A scalar JSON.stringify writes as the iterative writer does (-0 it would write as 0, an
 * infinity as null). */
function scalarSafe(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) ? !(v === 0 && 1 / v < 0) : false;
  return typeof v !== 'bigint';
}

/**
 * Whether JSON.stringify writes `root` (a value at nesting `depth`) exactly as the
 * iterative writer would: plain objects and arrays only (no toJSON, no boxed values), every
 * container above MAX_PRETTY_DEPTH (which also rules out cycles), scalars as scalarSafe.
 */
function nativeSafe(root: unknown, depth: number): boolean {
  if (typeof root !== 'object' || root === null) return scalarSafe(root);
  const values: object[] = [root];
  const depths: number[] = [depth];
  while (values.length > 0) {
    const v = values.pop()!;
    const d = depths.pop()!;
    if (d >= MAX_PRETTY_DEPTH) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      if (proto !== Array.prototype) return false;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'object' && x !== null) {
          values.push(x);
          depths.push(d + 1);
        } else if (!scalarSafe(x)) return false;
      }
    } else {
      if (proto !== Object.prototype && proto !== null) return false;
      const obj = v as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        const x = obj[key];
        if (typeof x === 'object' && x !== null) {
          values.push(x);
          depths.push(d + 1);
        } else if (!scalarSafe(x) || (key === 'toJSON' && typeof x === 'function')) return false;
      }
    }
  }
  return true;
}
