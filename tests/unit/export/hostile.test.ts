import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../app/export';
import { displayText } from '../../../app/layout';
import { docOf } from './fixtures';
import { elementGroups, parseSvg, walk } from './svg-tree';
import type { El } from './svg-tree';

const HOSTILE: Record<string, string> = {
  markup: '</text><script>alert(1)</script>',
  cdataEnd: ']]>',
  entity: '&amp;&lt;&#x3c;<!ENTITY\u00a0x\u00a0SYSTEM\u00a0"file:///etc/passwd">',
  quotes: `"'"'`,
  controls: 'a\u0000b\u0007c\u001b[31md\u007fe\u0008',
  rlo: 'abc\u202Egnp.exe',
  loneSurrogate: 'x\ud800y\udc00z',
  long: 'L'.repeat(100_000),
};

/** The label text of an element's group: its semibold <text> lines joined back together. */
function labelOf(g: El): string {
  return g.children
    .filter((c) => c.name === 'text' && c.attrs['font-weight'] === '600')
    .map((c) => c.text)
    .join('');
}

describe('hostile labels and ids', () => {
  const doc = docOf(
    [
      { id: 'hw', kind: 'hardware', label: 'Server' },
      ...Object.entries(HOSTILE).map(([id, label]) => ({ id, kind: 'app', parent: 'hw', label })),
      { id: '"><script>alert(1)</script>', kind: '<script>', parent: 'hw', label: 'id' },
    ],
    { title: '</title><script>alert(2)</script>' },
  );
  const svg = exportSvg(doc, { title: true, legend: true });
  const root = parseSvg(svg);

  it('stay inert: no script element, no event attribute, whatever the text says', () => {
    for (const { el } of walk(root)) {
      expect(el.name).not.toBe('script');
      for (const a of Object.keys(el.attrs)) expect(a.toLowerCase().startsWith('on')).toBe(false);
    }
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<!ENTITY');
  });

  it('are shown verbatim: the text read back from the XML is the label', () => {
    const groups = elementGroups(root);
    for (const [id, label] of Object.entries(HOSTILE)) {
      const g = groups.get(id);
      expect(g, id).toBeDefined();
      // Control characters (which XML cannot carry) show as their Unicode control pictures.
      expect(labelOf(g!.el), id).toBe(displayText(label));
    }
    expect(displayText(HOSTILE.controls!)).toBe('a\u2400b\u2407c\u241b[31md\u2421e\u2408');
    expect(labelOf(groups.get('markup')!.el)).toBe('</text><script>alert(1)</script>');
    expect(labelOf(groups.get('rlo')!.el)).toBe('abc\u202Egnp.exe');
  });

  it('keep hostile ids and kinds exact in data attributes', () => {
    const groups = elementGroups(root);
    const g = groups.get('"><script>alert(1)</script>');
    expect(g).toBeDefined();
    expect(g!.el.attrs['data-kind']).toBe('<script>');
  });

  it('wrap a 100,000-character label instead of truncating it', () => {
    const g = elementGroups(root).get('long')!.el;
    const lines = g.children.filter((c) => c.name === 'text' && c.attrs['font-weight'] === '600');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.map((l) => l.text).join('')).toHaveLength(100_000);
  });

  it('keeps a right-to-left override inside its own line of text', () => {
    // Each line is its own <text>, a separate bidi paragraph: the override cannot reorder
    // anything outside it.
    const g = elementGroups(root).get('rlo')!.el;
    const withRlo = g.children.filter((c) => c.name === 'text' && c.text.includes('\u202E'));
    expect(withRlo).toHaveLength(1);
    expect(withRlo[0]!.children).toHaveLength(0);
  });

  it('escape the title too', () => {
    const title = [...walk(root)].find((x) => x.el.name === 'title')!.el;
    expect(title.text).toBe('</title><script>alert(2)</script>');
  });
});
