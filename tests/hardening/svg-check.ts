// What every exported SVG must be, whatever the document held: strict XML; only the
// drawing elements the exporter writes; no script, no event attribute, no foreignObject,
// no link or reference to anything outside the file; user text only as character data or
// inside data-* attributes. And what it says: each element's label read back from the XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { VDoc } from '../../app/model/document';
import { KIND_SPECS, isKind } from '../../app/model/kinds';
import { displayText } from '../../app/layout/text';
import { xmlChars } from '../../app/export/xml';
import { rejoins } from './hostile-text';

export interface SvgEl {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly SvgEl[];
  readonly text: string;
}

/** The only elements the exporter writes. */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'title',
  'style',
  'g',
  'rect',
  'text',
  'polyline',
  'circle',
  'line',
]);
const ATTRIBUTES = new Set([
  'xmlns',
  'width',
  'height',
  'viewBox',
  'font-family',
  'xml:space',
  'role',
  'x',
  'y',
  'rx',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'text-anchor',
  'font-size',
  'font-weight',
  'points',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'data-id',
  'data-kind',
  'data-link',
  'data-route',
  'data-severity',
  'data-legend',
]);
/** Attributes that carry user text; every other value is the exporter's own. */
const USER_ATTRIBUTES = new Set(['data-id', 'data-kind', 'data-link']);
const OWN_VALUE = /^[-\w.,#%' ]*$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded below, in one pass: the parser leaves numeric references alone.
  processEntities: false,
  htmlEntities: false,
  allowBooleanAttributes: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
});

type Raw = Record<string, unknown>;

/** Every way `svg` breaks the rules above (empty when none), and its tree. */
export function checkSvg(svg: string): { problems: string[]; root: SvgEl | undefined } {
  const problems: string[] = [];
  const valid = XMLValidator.validate(svg, { allowBooleanAttributes: false });
  if (valid !== true)
    return { problems: [`not well-formed XML: ${valid.err.msg}`], root: undefined };
  // Markup the exporter never writes: a DTD (entities), processing instructions, CDATA.
  for (const [bad, what] of [
    ['<!', 'a DTD, comment or CDATA section'],
    ['<?', 'a processing instruction'],
  ] as const) {
    if (svg.includes(bad)) problems.push(`contains ${what}`);
  }
  const raw = parser.parse(svg) as Raw[];
  const roots = raw.map(convert).filter((e): e is SvgEl => e !== undefined);
  if (roots.length !== 1 || roots[0]!.name !== 'svg') {
    problems.push('the document element is not one <svg>');
    return { problems, root: roots[0] };
  }
  const root = roots[0]!;
  const todo: SvgEl[] = [root];
  while (todo.length > 0) {
    const el = todo.pop()!;
    if (!SVG_ELEMENTS.has(el.name)) problems.push(`element <${el.name}>`);
    for (const [name, value] of Object.entries(el.attrs)) {
      if (!ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${el.name}>`);
      else if (!USER_ATTRIBUTES.has(name) && !ownValue(name, value)) {
        problems.push(`attribute ${name}="${value.slice(0, 60)}" on <${el.name}>`);
      }
    }
    if (el.name === 'style') problems.push(...styleProblems(el.text));
    if (el.name === 'text' && el.children.length > 0) problems.push('markup inside <text>');
    todo.push(...el.children);
  }
  return { problems, root };
}

function ownValue(name: string, value: string): boolean {
  if (name === 'xmlns') return value === 'http://www.w3.org/2000/svg';
  return OWN_VALUE.test(value) && !/url\s*\(|script|:/i.test(value);
}

/** The stylesheet is the embedded font only: @font-face rules whose sources are data: URLs. */
function styleProblems(css: string): string[] {
  const problems: string[] = [];
  const withoutData = css.replace(/url\(data:[a-z0-9/+.-]+;base64,[A-Za-z0-9+/=]+\)/g, '');
  if (/url\s*\(|@import|expression\s*\(|javascript:|\\/i.test(withoutData)) {
    problems.push('the stylesheet references something outside the file');
  }
  const rules = withoutData.replace(/@font-face\{[^{}]*\}/g, '');
  if (rules.trim() !== '') problems.push(`the stylesheet holds more than @font-face rules`);
  return problems;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML's character references and its five named entities, as an XML parser reads them. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : NAMED[e]!,
  );
}

function convert(node: Raw): SvgEl | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text') return undefined;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries((node[':@'] ?? {}) as Record<string, string>)) {
    Object.defineProperty(attrs, k, { value: decode(v), enumerable: true });
  }
  const kids = (node[name] ?? []) as Raw[];
  let text = '';
  const children: SvgEl[] = [];
  for (const k of kids) {
    if ('#text' in k) text += decode(String(k['#text']));
    else {
      const c = convert(k);
      if (c) children.push(c);
    }
  }
  return { name, attrs, children, text };
}

/** The label an element is drawn with: its own when not blank, else its kind's title (or,
 * for an unknown kind, its id), as display text (app/layout/text.ts displayText). */
export function drawnLabel(node: { id: string; kind: string; label?: string }): string {
  const label = typeof node.label === 'string' ? node.label : '';
  if (label.trim() !== '') return displayText(label);
  return isKind(node.kind) ? KIND_SPECS[node.kind].title : displayText(node.id);
}

/** The label lines of each element group: its semibold text without a font size of its own
 * (a severity badge's glyph has one). */
export function labelLines(root: SvgEl): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const todo: SvgEl[] = [root];
  while (todo.length > 0) {
    const el = todo.pop()!;
    const id = el.attrs['data-id'];
    if (el.name === 'g' && id !== undefined) {
      if (!out.has(id)) {
        out.set(
          id,
          el.children
            .filter(
              (c) => c.name === 'text' && c.attrs['font-weight'] === '600' && !c.attrs['font-size'],
            )
            .map((c) => c.text),
        );
      }
      continue;
    }
    todo.push(...el.children);
  }
  return out;
}

/** Why the labels and the title do not read back from the SVG, or [] when they all do. */
export function readBackProblems(root: SvgEl, doc: VDoc, withTitle: boolean): string[] {
  const problems: string[] = [];
  const lines = labelLines(root);
  const seen = new Set<string>();
  for (const node of doc.nodes) {
    // An id is written as XML can carry it (a lone surrogate as U+FFFD); the first element
    // with an id is the one drawn.
    const id = xmlChars(node.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const got = lines.get(id);
    if (!got) {
      problems.push(`no group for ${JSON.stringify(node.id.slice(0, 40))}`);
      continue;
    }
    if (!rejoins(got, drawnLabel(node))) {
      problems.push(
        `label of ${JSON.stringify(node.id.slice(0, 40))} reads back as ${JSON.stringify(got.join('|').slice(0, 80))}`,
      );
    }
  }
  const title = root.children.find((c) => c.name === 'title');
  const raw = doc.title ?? '';
  const want = raw.trim() !== '' ? displayText(raw) : 'vtopo diagram';
  if (!title || title.text !== want) problems.push('the <title> does not read back');
  if (withTitle && raw.trim() !== '') {
    const drawn = root.children
      .filter((c) => c.name === 'text' && c.attrs['font-size'] === '20')
      .map((c) => c.text);
    if (!rejoins(drawn, displayText(raw))) problems.push('the drawn title does not read back');
  }
  return problems;
}
