// Help > Rule Catalogue: every rule (app/rules/catalogue.ts) as a static HTML page, shown
// in a window with JavaScript off. Every string from the catalogue is escaped.
import type { RuleModule } from '../../app/rules/types';
import { STATIC_PAGE_POLICY } from '../security/csp';

const CATEGORY_TITLES: Readonly<Record<string, string>> = {
  doc: 'Document',
  stack: 'Stacking',
  compat: 'Compatibility',
  resources: 'Resources',
  network: 'Networking',
  insight: 'Teaching insights',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function catalogueHtml(rules: readonly RuleModule[]): string {
  const byCategory = new Map<string, RuleModule[]>();
  for (const rule of rules) {
    const list = byCategory.get(rule.meta.category) ?? [];
    list.push(rule);
    byCategory.set(rule.meta.category, list);
  }
  const sections: string[] = [];
  for (const [category, list] of byCategory) {
    const items = list.map((r) => {
      const m = r.meta;
      const off = m.defaultOff ? ' <span class="off">off by default</span>' : '';
      return (
        `<li id="${escapeHtml(m.id)}"><h3>${escapeHtml(m.title)}</h3>` +
        `<p class="meta"><code>${escapeHtml(m.id)}</code> <span class="sev ${escapeHtml(m.severity)}">${escapeHtml(m.severity)}</span>${off}</p>` +
        `<p>${escapeHtml(m.explanation)}</p></li>`
      );
    });
    sections.push(
      `<section><h2>${escapeHtml(CATEGORY_TITLES[category] ?? category)}</h2><ul>${items.join('')}</ul></section>`,
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STATIC_PAGE_POLICY}">
<meta name="color-scheme" content="light dark">
<title>vtopo rule catalogue</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;padding:16px 24px;max-width:760px}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #8884}
h3{font-size:14px;margin:0}ul{list-style:none;padding:0}li{margin:14px 0}
p{margin:4px 0}.meta{font-size:12px;opacity:.8}code{font-size:12px}
.sev{border-radius:4px;padding:0 5px;margin-left:6px}.error{background:#d3333333}
.warning{background:#d9a00033}.info{background:#3366cc33}.off{margin-left:6px;font-style:italic}
</style></head><body>
<h1>Rule catalogue</h1>
<p>Every check vtopo runs on a document as you edit it. A document can turn a rule off or change its severity in its settings.</p>
${sections.join('\n')}
</body></html>
`;
}

/** The page as a data: URL, so the help window loads nothing from disk or network. */
export function catalogueUrl(rules: readonly RuleModule[]): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(catalogueHtml(rules)).toString('base64')}`;
}
