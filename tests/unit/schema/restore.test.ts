import { describe, expect, it } from 'vitest';
import { loadDocument, restoreDocument } from '../../../app/schema/load';
import { saveDocument } from '../../../app/schema/save';
import { loadWith, mustLoad, rules } from './helpers';

const hw = { id: 'hw1', kind: 'hardware', label: 'Server', props: { arch: 'x86_64' } };

describe('restore: a valid document', () => {
  it('loads the DESIGN.md example as it is, with no diagnostics', () => {
    const { doc, diagnostics } = loadWith({
      title: 'Type 1 and type 2 hypervisors',
      nodes: [
        { ...hw, position: { x: 0, y: 0 } },
        {
          id: 'hv1',
          kind: 'hypervisor',
          parent: 'hw1',
          label: 'ESXi',
          props: { hypervisorType: 'type1' },
        },
      ],
      links: [{ id: 'l1', from: 'c1', to: 'c2', kind: 'network', props: { driver: 'bridge' } }],
      settings: { rules: { 'resources/vcpu-overcommit': 'off' }, cpuOvercommitRatio: 4 },
    });
    expect(diagnostics).toEqual([]);
    expect(doc).toEqual({
      format: 'vtopo',
      version: 1,
      title: 'Type 1 and type 2 hypervisors',
      nodes: [
        { ...hw, position: { x: 0, y: 0 } },
        {
          id: 'hv1',
          kind: 'hypervisor',
          parent: 'hw1',
          label: 'ESXi',
          props: { hypervisorType: 'type1' },
        },
      ],
      links: [{ id: 'l1', from: 'c1', to: 'c2', kind: 'network', props: { driver: 'bridge' } }],
      settings: { rules: { 'resources/vcpu-overcommit': 'off' }, cpuOvercommitRatio: 4 },
    });
  });

  it('fills defaults for missing optional parts without diagnostics', () => {
    const { doc, diagnostics } = loadWith({ nodes: [{ id: 'a', kind: 'os' }] });
    expect(diagnostics).toEqual([]);
    expect(doc).toEqual({
      format: 'vtopo',
      version: 1,
      nodes: [{ id: 'a', kind: 'os', props: {} }],
      links: [],
      settings: {},
    });
    expect('title' in doc).toBe(false);
    expect('extra' in doc).toBe(false);
    expect(Object.keys(doc.nodes[0]!)).toEqual(['id', 'kind', 'props']);
  });

  it('keeps an unknown kind and invalid prop values exactly (the rules report them)', () => {
    const props = { arch: 'vax', cpuCores: -3, memoryGiB: '16', nested: { a: [1, { b: null }] } };
    const { doc, diagnostics } = loadWith({
      nodes: [{ id: 'q', kind: 'quantum-computer', props }],
    });
    expect(diagnostics).toEqual([]);
    expect(doc.nodes[0]).toEqual({ id: 'q', kind: 'quantum-computer', props });
  });

  it('keeps a link kind it does not know, and defaults a missing one to "network"', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [],
      links: [
        { id: 'l1', from: 'a', to: 'b', kind: 'serial' },
        { id: 'l2', from: 'a', to: 'b' },
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(doc.links.map((l) => l.kind)).toEqual(['serial', 'network']);
    expect(doc.links[1]!.props).toEqual({});
  });
});

describe('restore: unknown fields are kept in order and written back', () => {
  const text = JSON.stringify({
    format: 'vtopo',
    version: 1,
    title: 'x',
    zTop: { deep: [1, 2, { x: true }] },
    nodes: [{ id: 'a', kind: 'os', future: 'yes', props: { family: 'linux', later: [1] }, aaa: 1 }],
    links: [{ id: 'l', from: 'a', to: 'a', props: {}, weight: 3 }],
    settings: { rules: {}, theme: 'dark', cpuOvercommitRatio: 'lots' },
    aTop: null,
  });

  it('puts them in extra, in the order the file had them', () => {
    const { doc, diagnostics } = mustLoad(text);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(doc.extra!)).toEqual(['zTop', 'aTop']);
    expect(doc.extra).toEqual({ zTop: { deep: [1, 2, { x: true }] }, aTop: null });
    expect(Object.keys(doc.nodes[0]!.extra!)).toEqual(['future', 'aaa']);
    expect(doc.nodes[0]!.props).toEqual({ family: 'linux', later: [1] });
    expect(doc.links[0]!.extra).toEqual({ weight: 3 });
    expect(doc.settings).toEqual({
      rules: {},
      cpuOvercommitRatio: 'lots',
      extra: { theme: 'dark' },
    });
  });

  it('writes them back after the known fields', () => {
    const saved = saveDocument(mustLoad(text).doc);
    const back = JSON.parse(saved) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual([
      'format',
      'version',
      'title',
      'nodes',
      'links',
      'settings',
      'zTop',
      'aTop',
    ]);
    const node = (back.nodes as Record<string, unknown>[])[0]!;
    expect(Object.keys(node)).toEqual(['id', 'kind', 'props', 'future', 'aaa']);
    expect(Object.keys(back.settings as object)).toEqual(['rules', 'cpuOvercommitRatio', 'theme']);
    expect(mustLoad(saved).doc).toEqual(mustLoad(text).doc);
  });
});

describe('restore: each repair has its diagnostic', () => {
  it('a missing or non-text id gets a fresh unique id', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { kind: 'hardware', label: 'Box' },
        { id: 42, kind: 'hardware' },
        { id: 'hw1', kind: 'hardware' },
        { kind: 'os', parent: 'os1' },
      ],
    });
    // hw1 is taken by a later element; os1 is named by a parent, so neither is reused.
    expect(doc.nodes.map((n) => n.id)).toEqual(['hw2', 'hw3', 'hw1', 'os2']);
    expect(rules(diagnostics)).toEqual(Array(3).fill('doc/invalid-value'));
    expect(diagnostics[0]).toEqual({
      rule: 'doc/invalid-value',
      severity: 'error',
      message: 'The element at nodes[0] has no id: it is now "Box" (hw2)',
      elements: ['hw2'],
    });
    expect(diagnostics[1]!.message).toBe(
      'The element at nodes[1] has an id that is not text (42): it is now "hw3"',
    );
    expect(diagnostics[2]!.elements).toEqual(['os2']);
  });

  it('duplicate element ids: the later one is renamed, nothing dropped', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: 'a', kind: 'hardware' },
        { id: 'a-2', kind: 'hardware' },
        { id: 'a', kind: 'os', label: 'Second', parent: 'a' },
        { id: 'a', kind: 'os' },
      ],
    });
    expect(doc.nodes.map((n) => n.id)).toEqual(['a', 'a-2', 'a-3', 'a-4']);
    // Its parent reference still names the first "a".
    expect(doc.nodes[2]!.parent).toBe('a');
    expect(diagnostics).toEqual([
      {
        rule: 'doc/duplicate-id',
        severity: 'error',
        message: 'Two elements have the id "a": the later one, nodes[2], is now "Second" (a-3)',
        elements: ['a'],
      },
      {
        rule: 'doc/duplicate-id',
        severity: 'error',
        message: 'Two elements have the id "a": the later one, nodes[3], is now "a-4"',
        elements: ['a'],
      },
    ]);
  });

  it('a very long duplicate id is clipped in the message, not in the document', () => {
    const long = 'x'.repeat(5_000);
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: long, kind: 'os' },
        { id: long, kind: 'os' },
      ],
      links: [{ id: long, from: long, to: long }],
    });
    expect(doc.nodes.map((n) => n.id)).toEqual([long, `${long}-2`]);
    expect(doc.links[0]!.id).toBe(`${long}-3`);
    expect(diagnostics.map((d) => d.elements)).toEqual([[long], [long]]);
    for (const d of diagnostics) expect(d.message.length).toBeLessThan(250);
  });

  it('link ids are unique among links and never equal an element id', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: 'a', kind: 'container' },
        { id: 'b', kind: 'container' },
      ],
      links: [
        { id: 'l1', from: 'a', to: 'b' },
        { id: 'l1', from: 'a', to: 'b' },
        { id: 'a', from: 'a', to: 'b' },
        { from: 'a', to: 'b' },
      ],
    });
    expect(doc.links.map((l) => l.id)).toEqual(['l1', 'l1-2', 'a-2', 'l2']);
    expect(diagnostics.map((d) => [d.rule, d.elements])).toEqual([
      ['doc/duplicate-id', ['l1']],
      ['doc/duplicate-id', ['a']],
      ['doc/invalid-value', ['l2']],
    ]);
    expect(diagnostics[1]!.message).toBe(
      'A link has the id "a" of an element: the link at links[2] is now "a-2"',
    );
  });

  it('a non-text kind becomes "unknown"', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [{ id: 'x', kind: 7, label: 'Seven' }, { id: 'y' }],
    });
    expect(doc.nodes.map((n) => n.kind)).toEqual(['unknown', 'unknown']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Element "Seven" (x) has a kind that is not text (7): it is now "unknown"',
      'Element "y" has no kind: it is now "unknown"',
    ]);
    expect(diagnostics.every((d) => d.rule === 'doc/invalid-value' && d.severity === 'error')).toBe(
      true,
    );
  });

  it('a parent that is not text is removed', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: 'g', kind: 'os', parent: { id: 'hw' } },
        { id: 'h', kind: 'os', parent: null },
      ],
    });
    expect('parent' in doc.nodes[0]!).toBe(false);
    expect('parent' in doc.nodes[1]!).toBe(false);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Element "g" has a parent that is not an id (an object): removed',
      'Element "h" has a parent that is not an id (null): removed',
    ]);
    expect(diagnostics.map((d) => d.elements)).toEqual([['g'], ['h']]);
  });

  it('a number or boolean label becomes text; anything else is removed', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: 'a', kind: 'os', label: 12 },
        { id: 'b', kind: 'os', label: false },
        { id: 'c', kind: 'os', label: ['x'] },
      ],
    });
    expect(doc.nodes.map((n) => n.label)).toEqual(['12', 'false', undefined]);
    expect('label' in doc.nodes[2]!).toBe(false);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Element "12" (a) has a label that is not text (12): it is now "12"',
      'Element "false" (b) has a label that is not text (false): it is now "false"',
      'Element "c" has a label that is not text (a list): removed',
    ]);
  });

  it('a position that is not two finite numbers is dropped; extra position fields too', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: 'a', kind: 'hardware', position: { x: 1 } },
        { id: 'b', kind: 'hardware', position: { x: '1', y: 2 } },
        { id: 'c', kind: 'hardware', position: [1, 2] },
        { id: 'd', kind: 'hardware', position: { x: 1.5, y: -2, z: 3 } },
        { id: 'e', kind: 'hardware', position: { x: 1e308, y: 0 } },
      ],
    });
    expect(doc.nodes.map((n) => n.position)).toEqual([
      undefined,
      undefined,
      undefined,
      { x: 1.5, y: -2 },
      { x: 1e308, y: 0 },
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Element "a" has a position that is not {x, y} numbers (an object): removed',
      'Element "b" has a position that is not {x, y} numbers (an object): removed',
      'Element "c" has a position that is not {x, y} numbers (a list): removed',
      'Element "d" has position fields other than x and y ("z"): dropped',
    ]);
  });

  it('props that are not an object become empty', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [
        { id: 'a', kind: 'os', props: ['family', 'linux'] },
        { id: 'b', kind: 'os', props: 'linux' },
        { id: 'c', kind: 'os', props: null },
      ],
      links: [{ id: 'l', from: 'a', to: 'b', props: 3 }],
    });
    expect(doc.nodes.map((n) => n.props)).toEqual([{}, {}, {}]);
    expect(doc.links[0]!.props).toEqual({});
    expect(diagnostics.map((d) => [d.message, d.elements])).toEqual([
      ['Element "a" has props that are not an object (a list): they are now empty', ['a']],
      ['Element "b" has props that are not an object ("linux"): they are now empty', ['b']],
      ['Element "c" has props that are not an object (null): they are now empty', ['c']],
      ['Link "l" has props that are not an object (3): they are now empty', ['l']],
    ]);
  });

  it('an entry that is not an object cannot be kept: the diagnostic names its index', () => {
    const { doc, diagnostics } = loadWith({
      nodes: [1, { id: 'a', kind: 'os' }, 'x', null, [], { id: 'b', kind: 'os' }, true],
      links: [null, { id: 'l', from: 'a', to: 'b' }, 5],
    });
    expect(doc.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(doc.links.map((l) => l.id)).toEqual(['l']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'nodes[0] is not an element (1): it cannot be kept',
      'nodes[2] is not an element ("x"): it cannot be kept',
      'nodes[3] is not an element (null): it cannot be kept',
      'nodes[4] is not an element (a list): it cannot be kept',
      'nodes[6] is not an element (true): it cannot be kept',
      'links[0] is not a link (null): it cannot be kept',
      'links[2] is not a link (5): it cannot be kept',
    ]);
    expect(diagnostics.every((d) => d.elements.length === 0)).toBe(true);
  });

  it('nodes or links that are not lists become empty lists', () => {
    const { doc, diagnostics } = loadWith({ nodes: { a: 1 }, links: 'none' });
    expect(doc.nodes).toEqual([]);
    expect(doc.links).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"nodes" is not a list (an object): the document has no elements',
      '"links" is not a list ("none"): the document has no links',
    ]);
  });

  it('link ends that are not ids become "" (so the link is reported as dangling)', () => {
    const { doc, diagnostics } = loadWith({ links: [{ id: 'l', from: 3, kind: 9 }] });
    expect(doc.links[0]).toEqual({ id: 'l', from: '', to: '', kind: 'network', props: {} });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Link "l" has a "from" that is not an id (3): it joins nothing there',
      'Link "l" has no "to": it joins nothing there',
      'Link "l" has a kind that is not text (9): it is now "network"',
    ]);
  });

  it('settings: not an object -> defaults; rules not an object -> removed; other values kept', () => {
    const a = loadWith({ settings: [1] });
    expect(a.doc.settings).toEqual({});
    expect(a.diagnostics.map((d) => d.message)).toEqual([
      '"settings" is not an object (a list): the defaults apply',
    ]);
    const b = loadWith({ settings: { rules: 'off', cpuOvercommitRatio: -1 } });
    expect(b.doc.settings).toEqual({ cpuOvercommitRatio: -1 });
    expect(b.diagnostics.map((d) => d.message)).toEqual([
      'The settings\' "rules" is not an object ("off"): every rule has its default',
    ]);
    const c = loadWith({ settings: { rules: { 'stack/unplaced': 'loud', x: 1 } } });
    expect(c.diagnostics).toEqual([]);
    expect(c.doc.settings.rules).toEqual({ 'stack/unplaced': 'loud', x: 1 });
  });

  it('title: a number becomes text, an object is removed', () => {
    expect(loadWith({ title: 2024 }).doc.title).toBe('2024');
    const r = loadWith({ title: { en: 'x' } });
    expect('title' in r.doc).toBe(false);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'The title is not text (an object): removed',
    ]);
  });

  it('diagnostics come in document order', () => {
    const { diagnostics } = loadWith({
      title: 1,
      nodes: [{ id: 'a', kind: 1 }, 7, { id: 'a', kind: 'os' }],
      links: [{ id: 'l' }],
      settings: 3,
    });
    expect(diagnostics.map((d) => d.message.split(' ').slice(0, 2).join(' '))).toEqual([
      'The title',
      'Element "a"',
      'nodes[1] is',
      'Two elements',
      'Link "l"',
      'Link "l"',
      '"settings" is',
    ]);
  });
});

describe('refusals: one line, never half-read', () => {
  const cases: [string, string][] = [
    ['', 'not JSON ('],
    ['{"format":"vtopo",', 'not JSON ('],
    ['[1,2]', 'not a vtopo document (it holds a list)'],
    ['"vtopo"', 'not a vtopo document (it holds "vtopo")'],
    ['null', 'not a vtopo document (it holds null)'],
    ['{}', 'not a vtopo document (it has no "format" field)'],
    ['{"format":"drawio","version":1}', 'not a vtopo document (format is "drawio")'],
    ['{"format":1,"version":1}', 'not a vtopo document (format is 1)'],
    ['{"format":"vtopo"}', 'no format version (the "version" field is missing)'],
    ['{"format":"vtopo","version":"1"}', 'invalid format version ("1")'],
    ['{"format":"vtopo","version":0}', 'invalid format version (0)'],
    ['{"format":"vtopo","version":1.5}', 'invalid format version (1.5)'],
    [
      '{"format":"vtopo","version":2,"nodes":[]}',
      'made by a newer vtopo (format version 2; this one reads up to 1)',
    ],
    [
      '{"format":"vtopo","version":1e300}',
      'made by a newer vtopo (format version 1e+300; this one reads up to 1)',
    ],
  ];
  it.each(cases)('%s', (text, reason) => {
    const r = loadDocument(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.startsWith(reason)).toBe(true);
    expect(r.reason).not.toMatch(/[\n\r]/);
    expect(r.reason.length).toBeLessThan(220);
  });

  it('a parse error over many lines is reported on one line', () => {
    const r = loadDocument('{\n  "format": "vtopo",\n  "version": 1,\n  oops\n}');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.reason).toMatch(/^not JSON \([^\n]*\)$/);
  });

  it('a long format value is clipped', () => {
    const r = loadDocument(JSON.stringify({ format: 'x'.repeat(10_000), version: 1 }));
    if (r.ok) throw new Error('loaded');
    expect(r.reason.length).toBeLessThan(120);
  });

  it('restoreDocument refuses what is not an object', () => {
    for (const v of [undefined, null, 1, 'x', [], () => 1, Symbol('s'), 10n]) {
      const r = restoreDocument(v);
      expect(r.ok).toBe(false);
    }
  });
});
