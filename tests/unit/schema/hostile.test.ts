// Bounded and safe: big, deep, cyclic, prototype-poking and mistyped input never crashes,
// hangs, overflows the stack or pollutes a prototype.
import { describe, expect, it } from 'vitest';
import { loadDocument, loadDocumentBytes, restoreDocument } from '../../../app/schema/load';
import { restore } from '../../../app/schema/restore';
import { saveDocument } from '../../../app/schema/save';
import { utf16 } from '../../hardening/mutations';
import { expectNoPollution, mustLoad, mustRestore } from './helpers';

const head = '{"format":"vtopo","version":1,';

function chainDoc(n: number, cycle: boolean): string {
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const parent = i > 0 ? `n${i - 1}` : cycle ? `n${n - 1}` : undefined;
    nodes.push({ id: `n${i}`, kind: i === 0 && !cycle ? 'hardware' : 'os', parent, props: {} });
  }
  return JSON.stringify({ format: 'vtopo', version: 1, nodes });
}

function roundTrips(text: string): void {
  const { doc } = mustLoad(text);
  const saved = saveDocument(doc);
  const again = mustLoad(saved);
  expect(again.diagnostics).toEqual([]);
  expect(saveDocument(again.doc)).toBe(saved);
}

describe('size', () => {
  it('a 50 MB file loads and saves', () => {
    const filler = 'x'.repeat(10_000);
    const nodes = Array.from({ length: 5_000 }, (_, i) => ({
      id: `n${i}`,
      kind: 'app',
      props: { artifact: 'other', blob: filler },
    }));
    const text = JSON.stringify({ format: 'vtopo', version: 1, nodes });
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = loadDocumentBytes(new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.nodes).toHaveLength(5_000);
    expect(r.diagnostics).toEqual([]);
    const saved = saveDocument(r.doc);
    expect(saved.length).toBeGreaterThan(50_000_000);
  }, 120_000);

  it('100,000 elements load and save', () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({
      id: `n${i}`,
      kind: 'os',
      parent: i % 10 ? `n${i - (i % 10)}` : undefined,
      props: { family: 'linux', vcpus: 2 },
    }));
    const text = JSON.stringify({ format: 'vtopo', version: 1, nodes, links: [] });
    const { doc, diagnostics } = mustLoad(text);
    expect(doc.nodes).toHaveLength(100_000);
    expect(diagnostics).toEqual([]);
    expect(saveDocument(doc)).toBe(saveDocument(mustLoad(saveDocument(doc)).doc));
  }, 120_000);

  it('100,000 elements sharing one id, or with none, are repaired in linear time', () => {
    const same = Array.from({ length: 100_000 }, () => ({ id: 'a', kind: 'os' }));
    const r1 = mustLoad(JSON.stringify({ format: 'vtopo', version: 1, nodes: same }));
    expect(new Set(r1.doc.nodes.map((n) => n.id)).size).toBe(100_000);
    expect(r1.doc.nodes[99_999]!.id).toBe('a-100000');
    expect(r1.diagnostics).toHaveLength(99_999);

    const none = Array.from({ length: 100_000 }, () => ({ kind: 'os' }));
    const links = Array.from({ length: 100_000 }, () => ({ from: 'os1', to: 'os2' }));
    const r2 = mustLoad(JSON.stringify({ format: 'vtopo', version: 1, nodes: none, links }));
    const ids = new Set([...r2.doc.nodes, ...r2.doc.links].map((n) => n.id));
    expect(ids.size).toBe(200_000);
  }, 120_000);
});

describe('shape', () => {
  it('a 10,000-deep parent chain', () => roundTrips(chainDoc(10_000, false)));

  it('a 5,000-long parent cycle', () => roundTrips(chainDoc(5_000, true)));

  it('1,000,000 nested arrays inside a prop', () => {
    const depth = 1_000_000;
    const text = `${head}"nodes":[{"id":"a","kind":"x","props":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}}]}`;
    const { doc, diagnostics } = mustLoad(text);
    expect(diagnostics).toEqual([]);
    const saved = saveDocument(doc);
    // Compact below the indented levels: the output stays linear in the input.
    expect(saved.length).toBeLessThan(text.length + 10_000);
    expect(saveDocument(mustLoad(saved).doc)).toBe(saved);
  }, 120_000);

  it('200,000 nested objects in an unknown field, through restoreDocument (copying) too', () => {
    // Twenty times what would overflow a recursive walk; the million-deep case is above.
    const depth = 200_000;
    const text = `${head}"nodes":[],"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const r = mustRestore(JSON.parse(text));
    expect(r.diagnostics).toEqual([]);
    const saved = saveDocument(r.doc);
    expect(saved).toContain(`{"a":1${'}'.repeat(1000)}`);
    expect(saved.split('\n').length).toBeLessThan(100);
    expect(saveDocument(mustLoad(saved).doc)).toBe(saved);
  }, 120_000);
});

describe('__proto__, constructor and prototype keys', () => {
  const evil =
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
  const text = `{"format":"vtopo","version":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},
    "nodes":[{"id":"__proto__","kind":"constructor","label":"prototype","props":${evil},"__proto__":${evil},"constructor":1}],
    "links":[{"id":"constructor","from":"__proto__","to":"toString","props":${evil},"__proto__":${evil}}],
    "settings":{"rules":${evil},"__proto__":${evil},"cpuOvercommitRatio":${evil}}}`;

  it('are kept as data, written back, and pollute nothing', () => {
    const { doc, diagnostics } = mustLoad(text);
    expect(diagnostics).toEqual([]);
    expectNoPollution();
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.keys(doc.extra!)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(doc.extra)).toBe(Object.prototype);
    const node = doc.nodes[0]!;
    expect(node.id).toBe('__proto__');
    expect(Object.keys(node.props)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.keys(node.extra!)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(node.extra)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(node.props)).toBe(Object.prototype);
    expect(Object.keys(doc.settings.extra!)).toEqual(['__proto__']);
    expect(Object.keys(doc.settings.rules!)).toEqual(['__proto__', 'constructor', 'prototype']);
    const saved = saveDocument(doc);
    expect(saved.match(/"__proto__"/g)?.length).toBe(13);
    expectNoPollution();
    const again = mustLoad(saved);
    expect(again.doc).toEqual(doc);
    expect(saveDocument(again.doc)).toBe(saved);
    expectNoPollution();
  });

  it('are kept as data through restoreDocument (the copying path) too', () => {
    const { doc, diagnostics } = mustRestore(JSON.parse(text));
    expect(diagnostics).toEqual([]);
    expect(Object.keys(doc.nodes[0]!.props)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(doc.nodes[0]!.props)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(doc.nodes[0]!.props['__proto__'])).toBe(Object.prototype);
    expect(doc).toEqual(mustLoad(text).doc);
    expectNoPollution();
  });

  it('element ids named like Object.prototype members are ids like any other', () => {
    const { doc } = mustLoad(
      `${head}"nodes":[{"id":"toString","kind":"os"},{"id":"toString","kind":"os"},{"kind":"os","parent":"hasOwnProperty"}]}`,
    );
    expect(doc.nodes.map((n) => n.id)).toEqual(['toString', 'toString-2', 'os1']);
  });
});

describe('encodings', () => {
  const doc = '{"format":"vtopo","version":1,"title":"Ünïcødé ✓ 𝄞","nodes":[]}';

  const titleOf = (r: ReturnType<typeof loadDocumentBytes>) => {
    if (!r.ok) throw new Error(r.reason);
    return r.doc.title;
  };

  it('UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(doc);
    expect(titleOf(loadDocumentBytes(bytes))).toBe('Ünïcødé ✓ 𝄞');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(titleOf(loadDocumentBytes(bom))).toBe('Ünïcødé ✓ 𝄞');
  });

  it('a byte-order mark left in a string', () => {
    expect(mustLoad(`\ufeff${doc}`).doc.title).toBe('Ünïcødé ✓ 𝄞');
  });

  it('UTF-16 LE and BE, with a byte-order mark and without', () => {
    for (const le of [true, false]) {
      for (const bom of [true, false]) {
        expect(titleOf(loadDocumentBytes(utf16(doc, le, bom)))).toBe('Ünïcødé ✓ 𝄞');
      }
    }
  });

  it('an odd trailing byte in UTF-16 is a replacement character, not a crash', () => {
    const bytes = utf16(doc, true, true);
    const r = loadDocumentBytes(new Uint8Array([...bytes, 0x41]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^not JSON/);
  });

  it('invalid UTF-8 becomes replacement characters', () => {
    const pre = new TextEncoder().encode('{"format":"vtopo","version":1,"title":"a');
    const post = new TextEncoder().encode('b"}');
    const bytes = new Uint8Array([...pre, 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, ...post]);
    const title = titleOf(loadDocumentBytes(bytes))!;
    expect(title.startsWith('a\ufffd')).toBe(true);
    expect(title.endsWith('b')).toBe(true);
  });

  it('lone surrogates (escaped, raw, and in UTF-16) survive a round trip', () => {
    const escaped = mustLoad(`${head}"title":"x\\ud800y","nodes":[{"id":"\\udc00","kind":"os"}]}`);
    expect(escaped.doc.title).toBe('x\ud800y');
    const saved = saveDocument(escaped.doc);
    expect(saved).toContain('"x\\ud800y"');
    expect(mustLoad(saved).doc).toEqual(escaped.doc);
    // Saved text is ASCII-safe for lone surrogates, so UTF-8 encoding it loses nothing.
    const viaBytes = loadDocumentBytes(new TextEncoder().encode(saved));
    expect(viaBytes.ok && viaBytes.doc.title).toBe('x\ud800y');

    expect(mustLoad(`${head}"title":"raw \ud800"}`).doc.title).toBe('raw \ud800');
    const r = loadDocumentBytes(utf16(`${head}"title":"u \udfff"}`, false, true));
    expect(titleOf(r)).toBe('u \udfff');
  });

  it('empty and garbage bytes are refused with a reason', () => {
    for (const bytes of [new Uint8Array(), new Uint8Array([0]), new Uint8Array([0xff, 0xfe])]) {
      const r = loadDocumentBytes(bytes);
      expect(r.ok).toBe(false);
    }
    expect(loadDocumentBytes('text' as unknown as Uint8Array)).toEqual({
      ok: false,
      reason: 'not bytes',
    });
    expect(loadDocument(42 as unknown as string)).toEqual({ ok: false, reason: 'not text' });
  });
});

describe('JS values handed to restoreDocument', () => {
  const base = { format: 'vtopo', version: 1 };

  it('cycles in kept values are cut, with a diagnostic', () => {
    const props: Record<string, unknown> = { a: 1 };
    props.self = props;
    const list: unknown[] = [1];
    list.push(list);
    const { doc, diagnostics } = mustRestore({
      ...base,
      nodes: [{ id: 'n', kind: 'x', props: { props, list } }],
    });
    expect(doc.nodes[0]!.props).toEqual({ props: { a: 1, self: null }, list: [1, null] });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe(
      'Element "n": its props held 2 values that JSON cannot hold: replaced by null or left out',
    );
    expect(saveDocument(doc)).toBe(saveDocument(mustLoad(saveDocument(doc)).doc));
  });

  it('functions, symbols, bigints and non-finite numbers get JSON meaning, with a diagnostic', () => {
    const { doc, diagnostics } = mustRestore({
      ...base,
      nodes: [
        {
          id: 'n',
          kind: 'x',
          props: {
            f: () => 1,
            s: Symbol('s'),
            b: 1n,
            n: NaN,
            u: undefined,
            l: [Infinity, undefined],
          },
          extra: () => 1,
        },
      ],
    });
    expect(doc.nodes[0]!.props).toEqual({ b: null, n: null, l: [null, null] });
    expect(Object.keys(doc.nodes[0]!.props)).toEqual(['b', 'n', 'l']);
    expect(doc.nodes[0]!.extra).toEqual({ extra: null });
    expect(diagnostics.map((d) => d.rule)).toEqual(['doc/invalid-value', 'doc/invalid-value']);
    expect(mustLoad(saveDocument(doc)).doc).toEqual(doc);
  });

  it('a copied value is a copy: changing the input later changes nothing', () => {
    const props = { family: 'linux', tags: ['a'] };
    const { doc } = mustRestore({ ...base, nodes: [{ id: 'n', kind: 'os', props }] });
    props.tags.push('b');
    props.family = 'windows';
    expect(doc.nodes[0]!.props).toEqual({ family: 'linux', tags: ['a'] });
  });

  it('a throwing getter or proxy is refused, not thrown', () => {
    const getter = {
      ...base,
      get nodes(): unknown[] {
        throw new Error('boom');
      },
    };
    expect(restoreDocument(getter)).toEqual({
      ok: false,
      reason: 'could not read the document (boom)',
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(restoreDocument(trap).ok).toBe(false);
    expect(restoreDocument({ ...base, nodes: [{ id: 'a', kind: 'x', props: trap }] }).ok).toBe(
      false,
    );
  });

  it('a small graph of shared references that would expand without end is refused', () => {
    let v: unknown = [0];
    for (let i = 0; i < 60; i++) v = [v, v];
    const r = restore(
      { ...base, nodes: [{ id: 'a', kind: 'x', props: { v } }] },
      {
        maxCopiedValues: 100_000,
      },
    );
    expect(r).toEqual({ ok: false, reason: 'too large (it holds too many values)' });
  });

  it('shared (not cyclic) references are kept, copied', () => {
    const shared = { k: 1 };
    const { doc, diagnostics } = mustRestore({
      ...base,
      nodes: [
        { id: 'a', kind: 'x', props: { s: shared, t: shared } },
        { id: 'b', kind: 'x', props: { s: shared } },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(doc.nodes[0]!.props).toEqual({ s: { k: 1 }, t: { k: 1 } });
    expect(doc.nodes[1]!.props.s).not.toBe(shared);
  });
});
