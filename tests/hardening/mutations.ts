// Hostile documents made from the templates (assets/templates/*.vtopo), by mutations that
// know the format: every field of every element swapped for a value of another type,
// duplicate ids, dangling references, parent cycles, __proto__ / constructor / prototype
// keys, lone surrogates, numbers JSON can write but a double cannot hold, megabyte strings,
// truncation at every byte, byte-order marks and UTF-16. Each case says which element it
// corrupted, so a test can check that every other element was kept.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { LONG } from './figures';
import { PAYLOADS } from './hostile-text';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface Template {
  readonly name: string;
  readonly text: string;
  readonly json: JsonObject;
}

/** Where a single-element corruption happened: `index` in the file's nodes or links. */
export interface Corrupted {
  readonly list: 'nodes' | 'links';
  readonly index: number;
}

export interface Case {
  readonly family: string;
  /** What was done, for a failure message. */
  readonly name: string;
  /** Text goes through loadDocument, bytes through loadDocumentBytes. */
  readonly input: string | Uint8Array;
  readonly template?: Template;
  readonly corrupted?: Corrupted;
}

const TEMPLATE_DIR = join(import.meta.dirname, '..', '..', 'assets', 'templates');

export function templates(): Template[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.vtopo'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(TEMPLATE_DIR, f), 'utf8');
      return { name: f, text, json: JSON.parse(text) as JsonObject };
    });
}

// ---- building JSON text with values JSON.stringify cannot write ----------------------

/** A value written into the text as it is (a number out of range, a raw lone surrogate). */
class Raw {
  constructor(readonly text: string) {}
}

type Value = Json | Raw | Value[] | { [key: string]: Value };

/** JSON.stringify, with Raw values written verbatim and every own key kept ("__proto__"
 * included). Iterative over arrays and objects would be overkill: inputs here are shallow
 * except the deep values built as text. */
export function toText(value: Value, indent = 0): string {
  const raws: string[] = [];
  const marked = JSON.stringify(
    value,
    (_k, v: unknown) => {
      if (v instanceof Raw) {
        raws.push(v.text);
        return `\u0000raw${raws.length - 1}\u0000`;
      }
      return v;
    },
    indent,
  );
  return marked.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)]!);
}

/** A deep copy keeping "__proto__" keys as own data (JSON.parse makes them so). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** An object with exactly these own keys, "__proto__" included. */
export function obj(entries: readonly (readonly [string, Value])[]): { [key: string]: Value } {
  const o: { [key: string]: Value } = {};
  for (const [k, v] of entries) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return o;
}

function setOwn(o: object, key: string, value: Value | undefined): void {
  if (value === undefined) {
    delete (o as Record<string, unknown>)[key];
    return;
  }
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---- encodings -------------------------------------------------------------------------

const utf8 = new TextEncoder();

export function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[o++] = littleEndian ? 0xff : 0xfe;
    out[o++] = littleEndian ? 0xfe : 0xff;
  }
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[o++] = littleEndian ? u & 0xff : u >> 8;
    out[o++] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

export const ENCODINGS: Readonly<Record<string, (text: string) => string | Uint8Array>> = {
  text: (t) => t,
  'text with a BOM': (t) => `\ufeff${t}`,
  'UTF-8': (t) => utf8.encode(t),
  'UTF-8 with a BOM': (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(t)]),
  'UTF-16 LE with a BOM': (t) => utf16(t, true, true),
  'UTF-16 BE with a BOM': (t) => utf16(t, false, true),
  'UTF-16 LE': (t) => utf16(t, true, false),
  'UTF-16 BE': (t) => utf16(t, false, false),
};

// ---- the values swapped in -------------------------------------------------------------

const deepArray = (depth: number): Raw => new Raw(`${'['.repeat(depth)}${']'.repeat(depth)}`);

/** One value of every JSON type, and the awkward ones. */
export function swapValues(): readonly (readonly [string, Value])[] {
  return [
    ['null', null],
    ['true', true],
    ['false', false],
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['-0', new Raw('-0')],
    ['1e309 (Infinity after parsing)', new Raw('1e309')],
    ['-1e309', new Raw('-1e309')],
    ['1e-400 (0 after parsing)', new Raw('1e-400')],
    ['a 30-digit integer', new Raw('123456789012345678901234567890')],
    ['2^53 + 1', new Raw('9007199254740993')],
    ['an empty string', ''],
    ['a numeric string', '42'],
    ['an existing id', 'hw1'],
    ['"__proto__"', '__proto__'],
    ['"constructor"', 'constructor'],
    ['an escaped lone surrogate', '\ud800'],
    ['a raw lone surrogate', new Raw('"raw \ud800 \udfff"')],
    ['a script payload', PAYLOADS.closeText!],
    ['an empty list', []],
    ['a list of mixed values', [1, 'a', null, { b: [] }]],
    ['an empty object', {}],
    ['an object with a __proto__ key', obj([['__proto__', obj([['polluted', 'yes']])]])],
    // Deeper than the writer indents and than a recursive walk survives (on the long run).
    LONG ? ['a 10,000-deep list', deepArray(10_000)] : ['a 1,000-deep list', deepArray(1000)],
  ];
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const OUT_OF_RANGE: readonly string[] = [
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  '123456789012345678901234567890',
  '9007199254740993',
  '1.7976931348623157e308',
  '5e-324',
  '0.30000000000000004',
  '1E+2',
];

// ---- the deterministic families --------------------------------------------------------

type Doc = JsonObject & { nodes: JsonObject[]; links: JsonObject[] };

function docOf(t: Template): Doc {
  return clone(t.json) as Doc;
}

const NODE_FIELDS = ['id', 'kind', 'parent', 'label', 'position', 'props'] as const;
const LINK_FIELDS = ['id', 'from', 'to', 'kind', 'props'] as const;

function mk(
  t: Template,
  family: string,
  name: string,
  value: Value,
  corrupted?: Corrupted,
  encode: (text: string) => string | Uint8Array = (x) => x,
): Case {
  return {
    family,
    name: `${t.name}: ${name}`,
    input: encode(toText(value, 2)),
    template: t,
    ...(corrupted ? { corrupted } : {}),
  };
}

/** Every field of every element and link, and every prop, swapped for each swap value;
 * each field removed; each whole entry replaced. One element corrupted per case. */
export function* typeSwaps(t: Template): Generator<Case> {
  const base = docOf(t);
  const swaps = swapValues();
  const swapsOrNothing: (readonly [string, Value | undefined])[] = [
    ...swaps,
    ['nothing (removed)', undefined],
  ];
  for (const list of ['nodes', 'links'] as const) {
    const fields: readonly string[] = list === 'nodes' ? NODE_FIELDS : LINK_FIELDS;
    for (let index = 0; index < base[list].length; index++) {
      const corrupted = { list, index };
      const props = base[list][index]!.props;
      const propKeys = typeof props === 'object' && props !== null ? Object.keys(props) : [];
      const targets = [
        ...fields.map((f) => ({ where: f, prop: false })),
        ...propKeys.map((k) => ({ where: k, prop: true })),
      ];
      for (const { where, prop } of targets) {
        for (const [what, value] of swapsOrNothing) {
          const doc = docOf(t);
          const entry = doc[list][index]!;
          setOwn(prop ? (entry.props as JsonObject) : entry, where, value);
          const path = `${list}[${index}].${prop ? 'props.' : ''}${where}`;
          yield mk(t, 'type swap', `${path} = ${what}`, doc, corrupted);
        }
      }
      for (const [what, value] of swaps) {
        const doc = docOf(t) as unknown as { [k: string]: Value[] };
        doc[list]![index] = value;
        yield mk(t, 'type swap', `${list}[${index}] = ${what}`, doc, corrupted);
      }
    }
  }
  for (const field of ['format', 'version', 'title', 'nodes', 'links', 'settings']) {
    for (const [what, value] of swapsOrNothing) {
      const doc = docOf(t);
      setOwn(doc, field, value);
      yield mk(t, 'type swap', `${field} = ${what}`, doc);
    }
  }
  for (const [what, value] of swaps) {
    const doc = docOf(t);
    setOwn(
      doc,
      'settings',
      obj([
        ['rules', value],
        ['cpuOvercommitRatio', value],
      ]),
    );
    yield mk(t, 'type swap', `settings.rules and cpuOvercommitRatio = ${what}`, doc);
  }
}

/** Two elements (or a link and an element) sharing an id, for every pair. */
export function* duplicateIds(t: Template): Generator<Case> {
  const base = docOf(t);
  for (let i = 0; i < base.nodes.length; i++) {
    for (let j = 0; j < base.nodes.length; j++) {
      if (i === j) continue;
      const doc = docOf(t);
      doc.nodes[j]!.id = base.nodes[i]!.id as Json;
      yield mk(t, 'duplicate id', `nodes[${j}].id = nodes[${i}].id`, doc, {
        list: 'nodes',
        index: j,
      });
    }
    for (let k = 0; k < base.links.length; k++) {
      const doc = docOf(t);
      doc.links[k]!.id = base.nodes[i]!.id as Json;
      yield mk(t, 'duplicate id', `links[${k}].id = nodes[${i}].id`, doc, {
        list: 'links',
        index: k,
      });
    }
  }
}

/** A parent or link end naming nothing; a parent naming itself; cycles through a stack. */
export function* references(t: Template): Generator<Case> {
  const base = docOf(t);
  const byId = new Map(base.nodes.map((n) => [n.id as string, n]));
  for (let i = 0; i < base.nodes.length; i++) {
    const at = { list: 'nodes', index: i } as const;
    let doc = docOf(t);
    doc.nodes[i]!.parent = `missing-${i}`;
    yield mk(t, 'dangling reference', `nodes[${i}].parent names nothing`, doc, at);
    doc = docOf(t);
    doc.nodes[i]!.parent = doc.nodes[i]!.id as Json;
    yield mk(t, 'parent cycle', `nodes[${i}] is its own parent`, doc, at);
    // The root of i's stack sits on i: every element from i down is on a cycle.
    let root = base.nodes[i]!;
    const seen = new Set<JsonObject>();
    while (typeof root.parent === 'string' && byId.has(root.parent) && !seen.has(root)) {
      seen.add(root);
      root = byId.get(root.parent)!;
    }
    if (root !== base.nodes[i]) {
      doc = docOf(t);
      const r = base.nodes.indexOf(root);
      doc.nodes[r]!.parent = base.nodes[i]!.id as Json;
      yield mk(t, 'parent cycle', `the root of nodes[${i}]'s stack sits on it`, doc, {
        list: 'nodes',
        index: r,
      });
    }
  }
  for (let k = 0; k < base.links.length; k++) {
    for (const end of ['from', 'to']) {
      const doc = docOf(t);
      doc.links[k]![end] = `missing-${end}`;
      yield mk(t, 'dangling reference', `links[${k}].${end} names nothing`, doc, {
        list: 'links',
        index: k,
      });
    }
  }
}

/** __proto__, constructor and prototype as keys in every object, and as ids and names. */
export function* protoKeys(t: Template): Generator<Case> {
  const poison = () => obj([['polluted', 'yes']]);
  const deep = () =>
    obj([
      ['__proto__', poison()],
      ['constructor', obj([['prototype', poison()]])],
      ['prototype', poison()],
    ]);
  const places: [string, (d: Doc) => object | undefined][] = [['the document', (d) => d]];
  const base = docOf(t);
  base.nodes.forEach((_n, i) => {
    places.push([`nodes[${i}]`, (d) => d.nodes[i]]);
    places.push([`nodes[${i}].props`, (d) => d.nodes[i]!.props as object]);
    places.push([`nodes[${i}].position`, (d) => (d.nodes[i]!.position ??= {}) as object]);
  });
  base.links.forEach((_l, k) => {
    places.push([`links[${k}]`, (d) => d.links[k]]);
    places.push([`links[${k}].props`, (d) => d.links[k]!.props as object]);
  });
  places.push(['settings', (d) => (d.settings ??= {}) as object]);
  places.push([
    'settings.rules',
    (d) => (((d.settings ??= {}) as JsonObject).rules ??= {}) as object,
  ]);
  for (const [where, at] of places) {
    const doc = docOf(t);
    const o = at(doc)!;
    for (const key of PROTO_KEYS) setOwn(o, key, deep());
    const corrupted = /^(nodes|links)\[(\d+)\]/.exec(where);
    yield mk(
      t,
      'prototype keys',
      `__proto__, constructor and prototype keys in ${where}`,
      doc,
      corrupted
        ? { list: corrupted[1] as 'nodes' | 'links', index: Number(corrupted[2]) }
        : undefined,
    );
  }
  for (const name of [...PROTO_KEYS, 'toString', 'hasOwnProperty', 'valueOf']) {
    const doc = docOf(t);
    doc.nodes.forEach((n, i) => {
      if (i % 2 === 0) {
        n.id = name;
        n.kind = name;
      } else {
        n.parent = name;
        n.label = name;
      }
    });
    yield mk(t, 'prototype keys', `ids, kinds, parents and labels named ${name}`, doc);
  }
}

/** Lone surrogates and non-characters, escaped and raw, in every string field of one
 * element and in the title. */
export function* surrogates(t: Template): Generator<Case> {
  const values: [string, Value][] = [
    ['escaped', 'a\ud800b\udc00c\udbff'],
    ['raw', new Raw('"a\ud800b\udc00c\udbff"')],
    ['non-characters', '\ufffe\uffff'],
  ];
  const base = docOf(t);
  for (const [what, value] of values) {
    let doc = docOf(t);
    doc.title = value as Json;
    yield mk(t, 'lone surrogates', `title ${what}`, doc);
    for (let i = 0; i < base.nodes.length; i++) {
      for (const field of ['id', 'parent', 'label', 'kind']) {
        doc = docOf(t);
        setOwn(doc.nodes[i]!, field, value);
        yield mk(t, 'lone surrogates', `nodes[${i}].${field} ${what}`, doc, {
          list: 'nodes',
          index: i,
        });
      }
      doc = docOf(t);
      setOwn(doc.nodes[i]!.props as object, 'k\ud800', value);
      yield mk(t, 'lone surrogates', `nodes[${i}] has a prop key and value ${what}`, doc, {
        list: 'nodes',
        index: i,
      });
    }
  }
}

/** Every number in the file (props, positions, version, the overcommit ratio) replaced by
 * each number a double cannot hold exactly. */
export function* numbers(t: Template): Generator<Case> {
  const base = docOf(t);
  for (const raw of OUT_OF_RANGE) {
    let doc = docOf(t);
    doc.version = new Raw(raw) as unknown as Json;
    yield mk(t, 'numbers out of range', `version ${raw}`, doc);
    doc = docOf(t);
    doc.settings = obj([['cpuOvercommitRatio', new Raw(raw)]]) as JsonObject;
    yield mk(t, 'numbers out of range', `cpuOvercommitRatio ${raw}`, doc);
    for (let i = 0; i < base.nodes.length; i++) {
      doc = docOf(t);
      const n = doc.nodes[i]!;
      n.position = obj([
        ['x', new Raw(raw)],
        ['y', new Raw(raw)],
      ]) as JsonObject;
      const props = n.props as JsonObject;
      for (const key of Object.keys(props)) {
        if (typeof props[key] === 'number') setOwn(props, key, new Raw(raw));
      }
      for (const key of ['vcpus', 'memoryGiB', 'cpuCores', 'memoryMiB']) {
        if (!(key in props)) setOwn(props, key, new Raw(raw));
      }
      yield mk(t, 'numbers out of range', `nodes[${i}] numbers ${raw}`, doc, {
        list: 'nodes',
        index: i,
      });
    }
  }
}

/** A megabyte string in each place text goes. */
export function* megabyteStrings(t: Template, size = 1 << 20): Generator<Case> {
  const big = 'Mega byte <label> '.repeat(Math.ceil(size / 18)).slice(0, size);
  const word = 'x'.repeat(size);
  const places: [string, (d: Doc) => void, Corrupted?][] = [
    ['title', (d) => (d.title = big)],
    ['an unknown document field', (d) => setOwn(d, 'notes', big)],
    ['a label (with spaces)', (d) => (d.nodes[0]!.label = big), { list: 'nodes', index: 0 }],
    ['a label (one word)', (d) => (d.nodes[1]!.label = word), { list: 'nodes', index: 1 }],
    [
      'an id, and the parent naming it',
      (d) => {
        const old = d.nodes[0]!.id;
        d.nodes[0]!.id = word;
        for (const n of d.nodes) if (n.parent === old) n.parent = word;
      },
    ],
    ['a kind', (d) => (d.nodes[1]!.kind = big), { list: 'nodes', index: 1 }],
    [
      'a prop key',
      (d) => setOwn(d.nodes[1]!.props as object, word, 1),
      { list: 'nodes', index: 1 },
    ],
    [
      'a prop value',
      (d) => setOwn(d.nodes[1]!.props as object, 'image', big),
      { list: 'nodes', index: 1 },
    ],
    ['a parent', (d) => (d.nodes[1]!.parent = word), { list: 'nodes', index: 1 }],
  ];
  for (const [where, set, corrupted] of places) {
    const doc = docOf(t);
    set(doc);
    yield mk(
      t,
      'megabyte strings',
      `${where} of ${size.toLocaleString('en-US')} characters`,
      doc,
      corrupted,
    );
  }
}

/** The template's bytes cut after every `step`-th byte, in `encoding`. */
export function* truncations(
  t: Template,
  encoding: 'UTF-8' | 'UTF-16 LE with a BOM',
  step = 1,
): Generator<Case> {
  const bytes = ENCODINGS[encoding]!(t.text) as Uint8Array;
  for (let n = 0; n < bytes.length; n += step) {
    yield {
      family: 'truncation',
      name: `${t.name}: ${encoding}, the first ${n} of ${bytes.length} bytes`,
      input: bytes.subarray(0, n),
      template: t,
    };
  }
}

/** Each `step`-th byte replaced by a byte that is never valid UTF-8 there (or 0x00). */
export function* byteFlips(t: Template, step: number): Generator<Case> {
  const bytes = utf8.encode(t.text);
  for (let i = 0; i < bytes.length; i += step) {
    for (const b of [0xff, 0x00, 0x80]) {
      const copy = bytes.slice();
      copy[i] = b;
      yield {
        family: 'byte flip',
        name: `${t.name}: byte ${i} = 0x${b.toString(16)}`,
        input: copy,
        template: t,
      };
    }
  }
}

/** The template itself in every encoding. */
export function* encodings(t: Template): Generator<Case> {
  for (const [name, encode] of Object.entries(ENCODINGS)) {
    yield { family: 'encodings', name: `${t.name}: ${name}`, input: encode(t.text), template: t };
  }
}

// ---- big shapes --------------------------------------------------------------------------

/** A parent chain `depth` long (hardware at the bottom), or a cycle that long. */
export function chain(depth: number, cycle: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i < depth; i++) {
    const parent = i > 0 ? `,"parent":"n${i - 1}"` : cycle ? `,"parent":"n${depth - 1}"` : '';
    const kind = i === 0 && !cycle ? 'hardware' : i % 2 ? 'hypervisor' : 'os';
    const props = kind === 'hypervisor' ? '{"hypervisorType":"type1"}' : '{"family":"linux"}';
    parts.push(`{"id":"n${i}","kind":"${kind}"${parent},"label":"level ${i}","props":${props}}`);
  }
  return `{"format":"vtopo","version":1,"nodes":[${parts.join(',')}]}`;
}

/** `count` elements in stacks of ten, with a link per stack. */
export function many(count: number): string {
  const nodes: string[] = [];
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const top = i - (i % 10);
    if (i % 10 === 0) {
      nodes.push(`{"id":"h${i}","kind":"hardware","label":"Host ${i}","props":{"cpuCores":8}}`);
    } else {
      nodes.push(
        `{"id":"h${i}","kind":"os","parent":"h${top}","label":"Guest ${i}","props":{"family":"linux","vcpus":2}}`,
      );
    }
    if (i % 10 === 2)
      links.push(`{"id":"l${i}","from":"h${i - 1}","to":"h${i}","props":{"driver":"bridge"}}`);
  }
  return `{"format":"vtopo","version":1,"nodes":[${nodes.join(',')}],"links":[${links.join(',')}]}`;
}

// ---- random mutations (fast-check) ---------------------------------------------------------

const weirdKey = fc.oneof(
  fc.constantFrom(
    ...PROTO_KEYS,
    'toString',
    'id',
    'kind',
    'parent',
    'props',
    'nodes',
    '',
    '0',
    '\ud800',
  ),
  fc.string({ maxLength: 6 }),
);

const { value: jsonValue } = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Value>(null, true, false, 0, -1, 1.5, '', 'hw1', '__proto__'),
    fc
      .double()
      .map((d): Value =>
        Number.isFinite(d) ? d : new Raw(d > 0 ? '1e999' : d < 0 ? '-1e999' : '0'),
      ),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.constantFrom(...Object.values(PAYLOADS)),
    fc.constantFrom(...OUT_OF_RANGE).map((r): Value => new Raw(r)),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(weirdKey, tie('value')), { maxLength: 3 }).map((e) => obj(e)),
  ),
}));

/** Objects and arrays in `doc`, with their paths. */
function containers(doc: Value): { path: string; at: object }[] {
  const out: { path: string; at: object }[] = [];
  const todo: { path: string; v: Value }[] = [{ path: '', v: doc }];
  while (todo.length > 0) {
    const { path, v } = todo.pop()!;
    if (typeof v !== 'object' || v === null || v instanceof Raw) continue;
    out.push({ path, at: v });
    for (const k of Object.keys(v)) todo.push({ path: `${path}/${k}`, v: (v as JsonObject)[k]! });
  }
  return out;
}

type Step = (doc: Doc, pick: number) => string;

const steps: fc.Arbitrary<Step> = fc.oneof(
  jsonValue.map((value): Step => (doc, pick) => {
    const all = containers(doc);
    const c = all[pick % all.length]!;
    const keys = Object.keys(c.at);
    if (keys.length === 0) return 'nothing to swap';
    const k = keys[(pick >> 4) % keys.length]!;
    setOwn(c.at, k, value);
    return `set ${c.path}/${k}`;
  }),
  fc.constant<Step>((doc, pick) => {
    const all = containers(doc);
    const c = all[pick % all.length]!;
    const keys = Object.keys(c.at);
    if (keys.length === 0) return 'nothing to delete';
    const k = keys[(pick >> 4) % keys.length]!;
    if (Array.isArray(c.at)) c.at.splice(Number(k), 1);
    else delete (c.at as Record<string, unknown>)[k];
    return `delete ${c.path}/${k}`;
  }),
  fc.tuple(weirdKey, jsonValue).map(([key, value]): Step => (doc, pick) => {
    const all = containers(doc).filter((c) => !Array.isArray(c.at));
    const c = all[pick % all.length]!;
    setOwn(c.at, key, value);
    return `add ${c.path}/${JSON.stringify(key)}`;
  }),
  fc.constant<Step>((doc, pick) => {
    const nodes = elementsOf(doc);
    if (nodes.length === 0) return 'no element to copy';
    const n = clone(nodes[pick % nodes.length]!);
    doc.nodes.splice((pick >> 3) % (doc.nodes.length + 1), 0, n);
    return `copy element ${named(n.id)}`;
  }),
  fc.constant<Step>((doc, pick) => {
    const nodes = elementsOf(doc);
    if (nodes.length < 2) return 'too few elements';
    const a = nodes[pick % nodes.length]!;
    const b = nodes[(pick >> 4) % nodes.length]!;
    a.parent = b.id ?? null;
    return `parent of ${named(a.id)} = ${named(b.id)}`;
  }),
);

/** An id for a case's name: any value may stand there, even one String() throws on. */
function named(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : `(${typeof v})`;
}

/** The entries of `nodes` that are objects (an earlier step may have swapped any of them). */
function elementsOf(doc: Doc): JsonObject[] {
  if (!Array.isArray(doc.nodes)) return [];
  return doc.nodes.filter(
    (n): n is JsonObject => typeof n === 'object' && n !== null && !Array.isArray(n),
  );
}

const encodingName = fc.constantFrom(...Object.keys(ENCODINGS));

/** A template with one to five random mutations, in a random encoding, maybe cut short. */
export function randomCase(all: readonly Template[]): fc.Arbitrary<Case> {
  return fc
    .record({
      t: fc.constantFrom(...all),
      mutations: fc.array(fc.tuple(steps, fc.nat()), { minLength: 1, maxLength: 5 }),
      encoding: encodingName,
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 6 }),
    })
    .map(({ t, mutations, encoding, cut }) => {
      const doc = docOf(t);
      const done = mutations.map(([step, pick]) => step(doc, pick));
      let input = ENCODINGS[encoding]!(toText(doc as Value, 2));
      if (cut !== null) input = input.slice(0, Math.floor(input.length * cut));
      return {
        family: 'random mutations',
        name: `${t.name}: ${done.join('; ')}; ${encoding}${cut === null ? '' : `; cut at ${Math.round(cut * 100)}%`}`,
        input,
        template: t,
      };
    });
}

/** Any JSON value as the body of a vtopo v1 file, and as a whole file. */
export function randomJsonCase(): fc.Arbitrary<Case> {
  return fc.tuple(jsonValue, fc.boolean()).map(([value, envelope]) => {
    const body = envelope
      ? obj([
          ['format', 'vtopo'],
          ['version', 1],
          ...(typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Raw)
            ? Object.entries(value)
            : [['nodes', value] as const]),
        ])
      : value;
    return { family: 'JSON values', name: toText(body).slice(0, 200), input: toText(body) };
  });
}
