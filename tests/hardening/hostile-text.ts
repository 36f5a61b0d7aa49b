// Text a hostile document or a careless paste puts in labels and titles: markup that would
// run script if it were ever parsed as markup (each payload sets a canary global, so a
// browser test can tell whether anything ran), and text that is hard to carry at all.
import fc from 'fast-check';

/** The global every payload would set; it must stay undefined. */
export const CANARY = '__pwned';

/** Each one sets window.__pwned when it is executed, whatever parses it. */
export const PAYLOADS: Readonly<Record<string, string>> = {
  script: `<script>window.${CANARY}='script'</script>`,
  imgOnerror: `<img src=x onerror="window.${CANARY}='img'">`,
  svgOnload: `<svg onload="window.${CANARY}='svg'"></svg>`,
  svgOnloadBare: `<svg/onload=window.${CANARY}='svg2'>`,
  javascriptUrl: `javascript:window.${CANARY}='js-url'`,
  xlinkHref: `<a xlink:href="javascript:window.${CANARY}='xlink'"><text>x</text></a>`,
  href: `<a href="javascript:window.${CANARY}='href'">click</a>`,
  closeText: `</text><script>window.${CANARY}='close-text'</script><text>`,
  closeTitle: `</title><script>window.${CANARY}='close-title'</script>`,
  closeStyle: `</style><script>window.${CANARY}='close-style'</script>`,
  cdataEnd: `]]><script>window.${CANARY}='cdata'</script><![CDATA[`,
  cssUrl: `<style>@import url("http://canary.invalid/a.css");*{background:url(http://canary.invalid/b.png)}</style>`,
  cssUrlPlain: `url(http://canary.invalid/c.png)`,
  foreignObject: `<foreignObject><body xmlns="http://www.w3.org/1999/xhtml" onload="window.${CANARY}='fo'"><iframe src="javascript:window.parent.${CANARY}='fo-iframe'"></iframe></body></foreignObject>`,
  use: `<use href="http://canary.invalid/x.svg#a"/><image href="http://canary.invalid/i.png"/>`,
  entity: `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;&amp;&lt;&#x3c;`,
  attrBreak: `" onmouseover="window.${CANARY}='attr'" x="`,
  singleQuote: `' onfocus='window.${CANARY}="attr2"' autofocus '`,
  iframe: `<iframe srcdoc="<script>parent.${CANARY}='srcdoc'</script>"></iframe>`,
  animate: `<animate attributeName="href" to="javascript:window.${CANARY}='animate'"/>`,
  setOnbegin: `<set attributeName="x" onbegin="window.${CANARY}='set'"/>`,
  template: '${window.__pwned="template"}{{constructor.constructor("window.__pwned=1")()}}',
  rlo: 'invoice\u202Egnp.exe',
  bidi: '\u2066\u2067\u2068abc\u2069\u202a\u202b\u202c\u202d',
  zeroWidth: 'a\u200bb\u200cc\u200dd\u2060e\ufeff',
  controls: 'a\u0000b\u0001c\u0007d\u0008e\u000bf\u000cg\u001b[31mh\u007fi',
  newlines: 'line one\nline two\r\nline three\rfour',
  tabs: 'a\tb\t\tc',
  loneSurrogates: 'x\ud800y\udc00z\udbff',
  nonCharacters: 'a\ufffeb\uffffc',
  astral: '𝄞 🧨 👩‍👩‍👧',
  combining: 'e\u0301\u0301\u0301\u0301',
  spaces: '   ',
  empty: '',
};

/** A label 100,000 characters long, with words so the layout wraps it. */
export const LONG_LABEL = Array.from({ length: 12_500 }, (_, i) => `w${i % 10}<b>`)
  .join(' ')
  .slice(0, 100_000);

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.values(PAYLOADS)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '<', '>', '&', '"', "'", ']]>') },
);

/** A label or title built from payloads, random text and separators. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fragment, { maxLength: 6 })
  .map((parts) => parts.join(''));

/**
 * Whether `lines` can be joined back into `text` the way the layout wraps (see
 * app/layout/text.ts wrapText): a line break at "\n" or at one space drops that character,
 * a break inside a word drops nothing. Tracks every place the next line may start, which
 * in real text is one or two.
 */
export function rejoins(lines: readonly string[], text: string): boolean {
  if (lines.length === 0) return text === '';
  let at = new Set<number>([0]);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\n')) return false;
    const next = new Set<number>();
    for (const p of at) {
      if (!text.startsWith(line, p)) continue;
      const end = p + line.length;
      if (i === lines.length - 1) {
        if (end === text.length) return true;
        continue;
      }
      next.add(end);
      const c = text[end];
      if (c === ' ' || c === '\n') next.add(end + 1);
    }
    if (next.size === 0) return false;
    at = next;
  }
  return false;
}
