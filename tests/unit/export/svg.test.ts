import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../app/export';
import { layoutDocument } from '../../../app/layout';
import type { VDoc } from '../../../app/model/document';
import { buildDoc, linkSeeds, nodeSeeds } from '../layout/random-doc';
import { TEMPLATES, docOf, loadTemplate } from './fixtures';
import { SVG_ELEMENTS } from '../../hardening/svg-check';
import { elementGroups, parseSvg, walk } from './svg-tree';
import type { El } from './svg-tree';

/** The promises every exported SVG keeps, whatever the document. */
function checkSvg(doc: VDoc, svg: string): El {
  const root = parseSvg(svg);
  expect(root.name).toBe('svg');
  expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');

  // Pixel size, and a viewBox of the same size.
  const width = Number(root.attrs.width);
  const height = Number(root.attrs.height);
  expect(Number.isInteger(width) && width > 0).toBe(true);
  expect(Number.isInteger(height) && height > 0).toBe(true);
  const vb = root.attrs.viewBox!.split(' ').map(Number);
  expect(vb).toHaveLength(4);
  expect(vb.every(Number.isFinite)).toBe(true);
  expect([vb[2], vb[3]]).toEqual([width, height]);

  // Inert: only drawing elements, no events, no links out, no transforms, no foreignObject.
  for (const { el } of walk(root)) {
    expect(SVG_ELEMENTS.has(el.name), `element <${el.name}>`).toBe(true);
    for (const [name, value] of Object.entries(el.attrs)) {
      expect(name.toLowerCase().startsWith('on'), `attribute ${name}`).toBe(false);
      expect(name).not.toMatch(/href|transform|src/i);
      if (!name.startsWith('data-')) expect(value).not.toMatch(/url\(|javascript:/i);
    }
    if (el.name === 'style') {
      // Only the embedded font, as data: URLs.
      const urls = el.text.match(/url\([^)]*\)/g) ?? [];
      for (const u of urls) expect(u.startsWith('url(data:font/woff2;base64,')).toBe(true);
      expect(el.text.replace(/url\([^)]*\)/g, '')).not.toMatch(/@import|expression|<|javascript/i);
    }
  }

  // Each element a <g data-id> whose first <rect> is its layout box.
  const layout = layoutDocument(doc);
  const groups = elementGroups(root);
  for (const [id, box] of layout.byId) {
    const g = groups.get(id);
    expect(g, `no <g data-id="${id}">`).toBeDefined();
    const rect = g!.el.children.find((c) => c.name === 'rect');
    expect(rect).toBeDefined();
    expect(g!.el.children[0]).toBe(rect);
    for (const k of ['x', 'y', 'width', 'height'] as const) {
      expect(Number(rect!.attrs[k])).toBeCloseTo(box[k], 2);
    }
  }
  expect(groups.size).toBe(layout.byId.size);
  return root;
}

describe('exportSvg', () => {
  for (const name of TEMPLATES) {
    it(`exports the ${name} template as a valid, inert SVG matching the layout`, () => {
      const doc = loadTemplate(name);
      for (const theme of ['light', 'dark'] as const) {
        checkSvg(doc, exportSvg(doc, { theme, title: true, legend: true }));
        checkSvg(doc, exportSvg(doc, { theme, transparent: true }));
      }
    });
  }

  it('draws text as <text>, with the bundled font embedded first in a safe stack', () => {
    const doc = loadTemplate('type1-type2');
    const svg = exportSvg(doc);
    const root = parseSvg(svg);
    expect(root.attrs['font-family']).toBe(
      "Inter, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
    );
    const style = [...walk(root)].find((x) => x.el.name === 'style')!.el;
    expect(style.text.match(/@font-face/g)).toHaveLength(2);
    expect(style.text).toContain('font-weight:400');
    expect(style.text).toContain('font-weight:600');
    const texts = [...walk(root)].filter((x) => x.el.name === 'text').map((x) => x.el.text);
    expect(texts).toContain('VMware ESXi');
    expect(texts).toContain('Type 1 hypervisor');
    expect(texts).toContain('Guest OS · Linux');
    expect(texts).toContain('Host OS · Windows');
    expect(exportSvg(doc, { embedFont: false })).not.toContain('@font-face');
  });

  it('is deterministic: the same document gives the same bytes', () => {
    for (const name of TEMPLATES) {
      const a = exportSvg(loadTemplate(name), { title: true, legend: true });
      const b = exportSvg(loadTemplate(name), { title: true, legend: true });
      expect(a).toBe(b);
    }
  });

  it('draws the title and a legend only when asked', () => {
    const doc = loadTemplate('containers');
    const plain = parseSvg(exportSvg(doc));
    const texts = (el: El) =>
      [...walk(el)].filter((x) => x.el.name === 'text').map((x) => x.el.text);
    expect(texts(plain)).not.toContain('Containers on a host OS');
    expect([...walk(plain)].some((x) => x.el.attrs['data-legend'] !== undefined)).toBe(false);
    const full = parseSvg(exportSvg(doc, { title: true, legend: true }));
    expect(texts(full)).toContain('Containers on a host OS');
    expect(texts(full)).toEqual(
      expect.arrayContaining(['Hardware', 'Container engine', 'Network link']),
    );
    expect(Number(full.attrs.height)).toBeGreaterThan(Number(plain.attrs.height));
  });

  it('has a background unless transparent', () => {
    const doc = loadTemplate('mixed');
    const bg = (el: El) => el.children.find((c) => c.name === 'rect');
    expect(bg(parseSvg(exportSvg(doc)))?.attrs.fill).toBe('#ffffff');
    expect(bg(parseSvg(exportSvg(doc, { theme: 'dark' })))?.attrs.fill).toBe('#111820');
    expect(bg(parseSvg(exportSvg(doc, { transparent: true })))).toBeUndefined();
  });

  it('draws links with their driver labels', () => {
    const root = parseSvg(exportSvg(loadTemplate('containers')));
    const links = [...walk(root)].filter((x) => x.el.attrs['data-link'] !== undefined);
    expect(links.map((x) => x.el.attrs['data-link'])).toEqual(['l1', 'l2']);
    for (const l of links) {
      expect(l.el.children.some((c) => c.name === 'polyline')).toBe(true);
      expect(l.el.children.find((c) => c.name === 'text')?.text).toBe('bridge');
    }
  });

  it('marks problems only when given diagnostics', () => {
    const doc = docOf([
      { id: 'hw', kind: 'hardware' },
      { id: 'hv', kind: 'hypervisor', parent: 'hw', props: { hypervisorType: 'type2' } },
    ]);
    const severities = (svg: string) =>
      [...walk(parseSvg(svg))]
        .map((x) => x.el.attrs['data-severity'])
        .filter((s) => s !== undefined);
    expect(severities(exportSvg(doc))).toEqual([]);
    const marked = exportSvg(doc, {
      diagnostics: [
        { rule: 'stack/hypervisor-type2-on-os', severity: 'error', message: 'm', elements: ['hv'] },
        { rule: 'x/y', severity: 'info', message: 'm', elements: ['hv', 'hw'] },
      ],
    });
    checkSvg(doc, marked);
    expect(severities(marked)).toEqual(['info', 'error']);
  });

  it('exports an empty document', () => {
    checkSvg(docOf([]), exportSvg(docOf([]), { title: true, legend: true }));
  });

  it('keeps its promises on random documents', () => {
    fc.assert(
      fc.property(nodeSeeds(20), linkSeeds, fc.boolean(), (seeds, links, dark) => {
        const doc = buildDoc(seeds, links);
        checkSvg(
          doc,
          exportSvg(doc, {
            theme: dark ? 'dark' : 'light',
            title: true,
            legend: true,
            embedFont: false,
          }),
        );
      }),
      { numRuns: 60 },
    );
  });
});
