// The exported SVG read back as a plain element tree (strictly: it must be well-formed).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly El[];
  /** The element's own character data, concatenated. */
  readonly text: string;
}

type Raw = Record<string, unknown>;

export function parseSvg(svg: string): El {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
  });
  const raw = parser.parse(svg) as Raw[];
  const roots = raw.map(convert).filter((e): e is El => e !== undefined);
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0]!;
}

function convert(node: Raw): El | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text') return undefined;
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const kids = (node[name] ?? []) as Raw[];
  let text = '';
  const children: El[] = [];
  for (const k of kids) {
    if ('#text' in k) text += String(k['#text']);
    else {
      const c = convert(k);
      if (c) children.push(c);
    }
  }
  return { name, attrs, children, text };
}

export function* walk(el: El, ancestors: El[] = []): Generator<{ el: El; ancestors: El[] }> {
  // An explicit stack: documents can be large.
  const todo: { el: El; ancestors: El[] }[] = [{ el, ancestors }];
  while (todo.length > 0) {
    const item = todo.pop()!;
    yield item;
    const next = [...item.ancestors, item.el];
    for (let i = item.el.children.length - 1; i >= 0; i--)
      todo.push({ el: item.el.children[i]!, ancestors: next });
  }
}

/** The <g data-id> groups by id (first one wins, like the layout's byId). */
export function elementGroups(root: El): Map<string, { el: El; ancestors: El[] }> {
  const out = new Map<string, { el: El; ancestors: El[] }>();
  for (const item of walk(root)) {
    const id = item.el.attrs['data-id'];
    if (item.el.name === 'g' && id !== undefined && !out.has(id)) out.set(id, item);
  }
  return out;
}
