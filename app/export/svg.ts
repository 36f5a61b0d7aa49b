// The SVG: a string built from the layout. Real <text> (never foreignObject), the font
// embedded, no script, no event attributes, no external references, every user string
// escaped. Each element is a <g data-id> whose first <rect> is its box, in the SVG's own
// coordinates (nothing is transformed), so the file is easy to post-process.
import type { Diagnostic, VDoc } from '../model/document';
import { BoundedMemo } from '../model/bounded-memo';
import { LayoutCache } from '../layout/cache';
import { BOX, CAPTION_FONT, LABEL_FONT, LINK, LINK_FONT } from '../layout/geometry';
import type { FontSpec } from '../layout/geometry';
import { measureText } from '../layout/measure';
import { displayText, wrapText } from '../layout/text';
import { baselineIn, textBoxRows, textTop } from '../layout/text-rows';
import type { Box, Layout, Point, Rect, RoutedLink } from '../layout/types';
import { FONT_STACK, fontFaceCss } from './font-face';
import { Out } from './out';
import { PALETTES, STYLE_NAMES } from './palette';
import type { Palette, Theme } from './palette';
import { escAttr, escText, num } from './xml';

export interface SvgOptions {
  readonly theme?: Theme;
  /** No background rectangle. */
  readonly transparent?: boolean;
  /** Draw the document's title above the stacks. */
  readonly title?: boolean;
  /** Draw a legend of the kinds shown below the stacks. */
  readonly legend?: boolean;
  /** Mark the elements and links these name (validation marks are drawn only when given). */
  readonly diagnostics?: readonly Diagnostic[];
  /** A layout already computed for `doc` (from a LayoutCache); computed when absent. */
  readonly layout?: Layout;
  /** Embed the Inter subset (default true). */
  readonly embedFont?: boolean;
}

const MARGIN = 24;
const TITLE_FONT: FontSpec = { size: 20, weight: 'semibold', lineHeight: 26 };
const LEGEND_FONT: FontSpec = { size: 12, weight: 'regular', lineHeight: 16 };
const TITLE_GAP = 18;
const LEGEND_GAP = 22;
const SWATCH = 14;
const LEGEND_ITEM_GAP = 20;
const MIN_TEXT_WIDTH = 360;
/** Row ends and number attributes remembered per export; past this many, a memo starts over. */
const MEMO_MAX = 4096;

type Severity = Diagnostic['severity'];
const RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };

export function exportSvg(doc: VDoc, opts: SvgOptions = {}): string {
  const layout = opts.layout ?? new LayoutCache().layout(doc);
  return new SvgWriter(doc, layout, opts).write();
}

interface LegendItem {
  readonly key: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

interface KindStrings {
  /** From after the kind's name to the box's x. */
  readonly open: string;
  /** The same, from the data-kind attribute with the kind's name (the style's own). */
  readonly kindOpen: string;
  readonly rectEnd: string;
  /** The same, opening the first text row. */
  readonly rectEndText: string;
  /** Caption row ends by text (see rowEnds). */
  readonly captionEnds: BoundedMemo<string, RowEnd>;
}

/** A text row from after its y: `next` goes on to open another row, `last` closes the box. */
interface RowEnd {
  readonly next: string;
  readonly last: string;
}

const TEXT_OPEN = '<text x="';

/**
 * `parts` as one flat string. A string built with + or a template literal is a rope of its
 * parts, and every line that includes it would copy those parts one by one when the lines
 * are joined; the attribute strings reused on every element are built flat once.
 */
function flat(...parts: string[]): string {
  return parts.join('');
}

/**
 * Text rows from after their y to their end (`attrs`, the escaped text, `</text>`, and what
 * follows), built flat once per text: labels and captions recur ("JVM", "App · native"),
 * and a remembered row end is one piece to copy instead of several to escape and join.
 */
function rowEnds(attrs: string): BoundedMemo<string, RowEnd> {
  return new BoundedMemo(MEMO_MAX, (text: string) => {
    const row = flat(attrs, escText(text), '</text>');
    return { next: flat(row, TEXT_OPEN), last: flat(row, '</g>') };
  });
}

/**
 * A number attribute's text from its closing quote on (`" y="-174`), by value: most y
 * values, heights and widths recur (boxes stand on a few layers), and a remembered piece
 * costs no formatting and no new strings.
 */
function numAttr(prefix: string): BoundedMemo<number, string> {
  return new BoundedMemo(MEMO_MAX, (v: number) => flat(prefix, num(v)));
}

/** What a link's elements end with, for one colour. */
interface LinkStrings {
  readonly lineEnd: string;
  readonly dotEnd: string;
  readonly pillEnd: string;
  readonly textAttrs: string;
}

class SvgWriter {
  private readonly out = new Out();
  private readonly pal: Palette;
  private readonly kinds = new Map<Box['style'], KindStrings>();
  private readonly linkColours = new Map<string, LinkStrings>();
  private readonly haloEnd: string;
  private readonly labelEnds = rowEnds('" font-weight="600">');
  private readonly yAttr = numAttr('" y="');
  private readonly widthAttr = numAttr('" width="');
  private readonly heightAttr = numAttr('" height="');

  constructor(
    private readonly doc: VDoc,
    private readonly layout: Layout,
    private readonly opts: SvgOptions,
  ) {
    this.pal = PALETTES[opts.theme === 'dark' ? 'dark' : 'light'];
    this.haloEnd = flat('" stroke="', this.pal.background, '" stroke-width="6"/>\n');
  }

  write(): string {
    const b = this.layout.bounds;
    const textWidth = Math.max(b.width, MIN_TEXT_WIDTH);
    const rawTitle = typeof this.doc.title === 'string' ? this.doc.title : '';
    const titleLines =
      this.opts.title && rawTitle.trim() !== ''
        ? wrapText(displayText(rawTitle), TITLE_FONT.weight, TITLE_FONT.size, textWidth)
        : [];
    const titleH =
      titleLines.length > 0 ? titleLines.length * TITLE_FONT.lineHeight + TITLE_GAP : 0;
    const legend = this.opts.legend
      ? this.legendItems(b, textWidth)
      : { items: [], width: 0, height: 0 };

    let right = b.x + b.width;
    for (const l of titleLines)
      right = Math.max(right, b.x + measureText(l, TITLE_FONT.weight, TITLE_FONT.size));
    right = Math.max(right, b.x + legend.width);
    const x0 = b.x - MARGIN;
    const y0 = b.y - titleH - MARGIN;
    const width = Math.ceil(right - b.x + 2 * MARGIN);
    const height = Math.ceil(
      b.height + titleH + (legend.height > 0 ? LEGEND_GAP + legend.height : 0) + 2 * MARGIN,
    );

    const o = this.out;
    o.push(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
        `viewBox="${num(x0)} ${num(y0)} ${width} ${height}" font-family="${escAttr(FONT_STACK)}" ` +
        `xml:space="preserve" role="img">`,
    );
    o.push(
      `<title>${escText(rawTitle.trim() !== '' ? displayText(rawTitle) : 'vtopo diagram')}</title>`,
    );
    if (this.opts.embedFont !== false) o.push(`<style>${fontFaceCss()}</style>`);
    if (!this.opts.transparent) {
      o.push(
        `<rect x="${num(x0)}" y="${num(y0)}" width="${width}" height="${height}" fill="${this.pal.background}"/>`,
      );
    }
    titleLines.forEach((line, i) => {
      const top = b.y - titleH + i * TITLE_FONT.lineHeight;
      o.push(
        `<text x="${num(b.x)}" y="${num(baselineIn(top, TITLE_FONT))}" font-size="${TITLE_FONT.size}" ` +
          `font-weight="600" fill="${this.pal.title}">${escText(line)}</text>`,
      );
    });

    const marks = this.marks();
    // Shared text settings are inherited from plain groups (never transformed).
    o.push(`<g text-anchor="middle" font-size="${LABEL_FONT.size}" stroke-width="1.25">`);
    for (const box of this.layout.boxes) this.box(box, marks.get(box.id));
    o.push('</g>');
    if (this.layout.links.length > 0) {
      // What every link's lines and labels share, inherited (the label pill's stroke has no
      // ends or corners for the cap and join to change).
      o.push(
        `<g fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" ` +
          `text-anchor="middle" font-size="${LINK_FONT.size}" font-weight="600">`,
      );
      for (const link of this.layout.links) this.link(link, marks.get(link.id));
      o.push('</g>');
    }
    if (legend.items.length > 0) this.legend(legend.items, b.y + b.height + LEGEND_GAP);
    o.push('</svg>');
    return o.text();
  }

  private marks(): Map<string, Severity> {
    const worst = new Map<string, Severity>();
    for (const d of this.opts.diagnostics ?? []) {
      for (const id of d.elements) {
        const had = worst.get(id);
        if (!had || RANK[d.severity] > RANK[had]) worst.set(id, d.severity);
      }
    }
    return worst;
  }

  private box(box: Box, mark: Severity | undefined): void {
    const k = this.kindStrings(box.style);
    const x = box.x;
    const y = box.y;
    // An unknown kind is the document's own text; a known one is in the per-style string.
    const open =
      box.style === 'unknown' ? `" data-kind="${escAttr(box.kind)}${k.open}` : k.kindOpen;
    // Each += adds one piece to the line's rope, and joining the lines costs per piece more
    // than per byte; an attribute name and its short number joined first make one flat piece
    // (V8 copies concatenations under 13 characters).
    let g = '<g data-id="' + escAttr(box.id);
    g += open;
    g += num(x);
    g += this.yAttr.get(y);
    g += this.widthAttr.get(box.width);
    g += this.heightAttr.get(box.height);
    const label = box.label;
    const caption = box.caption;
    const rows = label.length + caption.length;
    // Each piece opens what follows it (the next text row, or the box's end), so a row is
    // three pieces: its x, its y and its end.
    if (mark) g += k.rectEnd + this.markShapes(box, mark) + (rows > 0 ? TEXT_OPEN : '');
    else g += rows > 0 ? k.rectEndText : k.rectEnd;
    if (rows === 0) {
      this.out.push(g + '</g>');
      return;
    }
    let top = y + textTop(box);
    const cx = num(x + box.width / 2);
    let row = 0;
    for (const text of label) {
      const end = this.labelEnds.get(text);
      g += cx;
      g += this.yAttr.get(baselineIn(top, LABEL_FONT));
      g += ++row < rows ? end.next : end.last;
      top += LABEL_FONT.lineHeight;
    }
    top += BOX.captionGap;
    for (const text of caption) {
      const end = k.captionEnds.get(text);
      g += cx;
      g += this.yAttr.get(baselineIn(top, CAPTION_FONT));
      g += ++row < rows ? end.next : end.last;
      top += CAPTION_FONT.lineHeight;
    }
    this.out.push(g);
  }

  private kindStrings(style: Box['style']): KindStrings {
    let k = this.kinds.get(style);
    if (!k) {
      const c = this.pal.kinds[style];
      const dash = style === 'unknown' ? ' stroke-dasharray="5 3"' : '';
      const rectEnd = flat(
        `" rx="${BOX.radius}" fill="`,
        c.fill,
        '" stroke="',
        c.stroke,
        '"',
        dash,
        '/>',
      );
      k = {
        open: flat('" fill="', c.text, '"><rect x="'),
        kindOpen: flat('" data-kind="', style, '" fill="', c.text, '"><rect x="'),
        rectEnd,
        rectEndText: flat(rectEnd, TEXT_OPEN),
        captionEnds: rowEnds(flat(`" font-size="${CAPTION_FONT.size}" fill="`, c.caption, '">')),
      };
      this.kinds.set(style, k);
    }
    return k;
  }

  /** An outline in the severity's colour, and a badge that does not rely on colour alone. */
  private markShapes(box: Rect, sev: Severity): string {
    const colour = this.pal.severity[sev];
    const dash =
      sev === 'error'
        ? ''
        : sev === 'warning'
          ? ' stroke-dasharray="6 3"'
          : ' stroke-dasharray="2 3"';
    const cx = box.x + box.width - 2;
    const cy = box.y + 2;
    const glyph = sev === 'info' ? 'i' : '!';
    return (
      `<rect x="${num(box.x - 3)}" y="${num(box.y - 3)}" width="${num(box.width + 6)}" height="${num(box.height + 6)}" ` +
      `rx="${BOX.radius + 3}" fill="none" stroke="${colour}" stroke-width="2"${dash} data-severity="${sev}"/>` +
      `<circle cx="${num(cx)}" cy="${num(cy)}" r="8" fill="${colour}"/>` +
      `<text x="${num(cx)}" y="${num(cy + 4)}" font-size="11" font-weight="600" fill="#ffffff">${glyph}</text>`
    );
  }

  private link(link: RoutedLink, mark: Severity | undefined): void {
    const c = this.linkStrings(mark ? this.pal.severity[mark] : this.pal.link);
    const points = link.points;
    let pts = '';
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      pts += (i > 0 ? ' ' : '') + num(p.x);
      pts += ',' + num(p.y);
    }
    // One string of several lines: the same text as a push per line, fewer pieces to join.
    let g = '<g data-link="' + escAttr(link.id);
    g += '" data-route="' + link.route;
    g += '">\n<polyline points="';
    if (link.route === 'lane' && !this.opts.transparent) {
      // A halo in the background colour keeps the line readable where it crosses boxes.
      g += pts + this.haloEnd;
      g += '<polyline points="';
    }
    g += pts + c.lineEnd;
    const first = points[0];
    const last = points[points.length - 1];
    if (first) g += this.dot(first, c);
    if (last) g += this.dot(last, c);
    const l = link.label;
    g += '<rect x="' + num(l.x);
    g += '" y="' + num(l.y);
    g += '" width="' + num(l.width);
    g += '" height="' + num(l.height);
    g += '" rx="' + num(Math.min(l.height / 2, 10));
    g += c.pillEnd;
    for (const row of textBoxRows(l, LINK_FONT, LINK.padY)) {
      g += '<text x="' + num(row.x);
      g += '" y="' + num(row.baseline);
      g += c.textAttrs + escText(row.text);
      g += '</text>\n';
    }
    this.out.push(g + '</g>');
  }

  private dot(p: Point, c: LinkStrings): string {
    return '<circle cx="' + num(p.x) + ('" cy="' + num(p.y)) + c.dotEnd;
  }

  private linkStrings(colour: string): LinkStrings {
    let c = this.linkColours.get(colour);
    if (!c) {
      c = {
        lineEnd: flat('" stroke="', colour, '"/>\n'),
        dotEnd: flat('" r="3" fill="', colour, '"/>\n'),
        pillEnd: flat(
          '" fill="',
          this.pal.linkLabelFill,
          '" stroke="',
          colour,
          '" stroke-width="1.25"/>\n',
        ),
        textAttrs: flat('" fill="', colour, '">'),
      };
      this.linkColours.set(colour, c);
    }
    return c;
  }

  private legendItems(
    b: Rect,
    maxWidth: number,
  ): { items: LegendItem[]; width: number; height: number } {
    const present = new Set<string>(this.layout.boxes.map((x) => x.style));
    const names: [string, string][] = STYLE_NAMES.filter(([k]) => present.has(k)).map(([k, n]) => [
      k,
      n,
    ]);
    if (this.layout.links.length > 0) names.push(['link', 'Network link']);
    const items: LegendItem[] = [];
    let x = 0;
    let row = 0;
    let width = 0;
    for (const [key, name] of names) {
      const w = SWATCH + 6 + Math.ceil(measureText(name, LEGEND_FONT.weight, LEGEND_FONT.size));
      if (x > 0 && x + w > maxWidth) {
        x = 0;
        row++;
      }
      items.push({ key, name, x: b.x + x, y: row * (LEGEND_FONT.lineHeight + 8) });
      width = Math.max(width, x + w);
      x += w + LEGEND_ITEM_GAP;
    }
    const height = items.length > 0 ? (row + 1) * (LEGEND_FONT.lineHeight + 8) - 8 : 0;
    return { items, width, height };
  }

  private legend(items: readonly LegendItem[], top: number): void {
    const o = this.out;
    o.push('<g data-legend="">');
    for (const it of items) {
      const y = top + it.y;
      const sy = y + (LEGEND_FONT.lineHeight - SWATCH) / 2;
      if (it.key === 'link') {
        const my = sy + SWATCH / 2;
        o.push(
          `<line x1="${num(it.x)}" y1="${num(my)}" x2="${num(it.x + SWATCH)}" y2="${num(my)}" stroke="${this.pal.link}" stroke-width="2" stroke-linecap="round"/>`,
        );
      } else {
        const c = this.pal.kinds[it.key as Box['style']];
        o.push(
          `<rect x="${num(it.x)}" y="${num(sy)}" width="${SWATCH}" height="${SWATCH}" rx="3" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.25"/>`,
        );
      }
      o.push(
        `<text x="${num(it.x + SWATCH + 6)}" y="${num(baselineIn(y, LEGEND_FONT))}" font-size="${LEGEND_FONT.size}" fill="${this.pal.muted}">${escText(it.name)}</text>`,
      );
    }
    o.push('</g>');
  }
}
