// Hostile labels and titles in Chromium: in the editor (loaded from a file, and typed into
// the inspector and the title field), with the page's CSP and without it, and in exported
// SVGs opened as top-level pages. Every payload would set window.__pwned if it ran; it must
// stay unset, nothing may be fetched from elsewhere, no dialog may open, and each label
// must read back from what Chromium shows.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { VDoc } from '../../app/model/document';
import { exportSvg } from '../../app/export/svg';
import { displayText } from '../../app/layout/text';
import { xmlChars } from '../../app/export/xml';
import { validate } from '../../app/rules/engine';
import { hostileDoc } from '../hardening/hostile-doc';
import { LONG } from '../hardening/figures';
import { CANARY, LONG_LABEL, PAYLOADS, rejoins } from '../hardening/hostile-text';
import { checkSvg, drawnLabel } from '../hardening/svg-check';
import { openEditor } from './helpers';

interface Watch {
  readonly dialogs: string[];
  readonly errors: string[];
  readonly elsewhere: string[];
  readonly cspViolations: string[];
}

/** Records what a page must never do: open a dialog, throw, fetch from elsewhere, or have
 * its CSP block something (which would mean markup got into the page). */
function watch(page: Page, own: (url: string) => boolean): Watch {
  const w: Watch = { dialogs: [], errors: [], elsewhere: [], cspViolations: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    if (!own(r.url())) w.elsewhere.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) w.cspViolations.push(m.text());
  });
  return w;
}

async function expectNothingRan(page: Page, w: Watch): Promise<void> {
  expect(
    await page.evaluate((c) => (window as unknown as Record<string, unknown>)[c], CANARY),
  ).toBeUndefined();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(w).toEqual({ dialogs: [], errors: [], elsewhere: [], cspViolations: [] });
}

/** What the page holds that a payload would have added: scripts, frames, event-handler
 * attributes, foreign objects, links. */
async function inertness(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const name = el.localName;
      if (
        [
          'iframe',
          'object',
          'embed',
          'foreignobject',
          'foreignObject',
          'use',
          'image',
          'animate',
          'set',
        ].includes(name)
      ) {
        found.push(`<${name}>`);
      }
      if (name === 'script' && !(el as HTMLScriptElement).src) found.push('an inline <script>');
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) found.push(`${a.name} on <${name}>`);
        if (/^(href|xlink:href|src)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) {
          found.push(`a javascript: ${a.name}`);
        }
      }
    }
    return found;
  });
}

const texts = Object.values(PAYLOADS);
const doc = hostileDoc(texts, texts.join(' '));
// The editor opens files as bytes: lone surrogates arrive as U+FFFD, as from any file.
const docText = JSON.stringify(doc);

async function loadInEditor(page: Page, text: string): Promise<VDoc> {
  const ok = await page.evaluate(
    (t) => (window as unknown as { vtopo: { load(t: string): boolean } }).vtopo.load(t),
    text,
  );
  expect(ok).toBe(true);
  const loaded = (await page.evaluate(() => window.vtopo!.doc())) as VDoc;
  await expect(page.locator('.react-flow__node')).toHaveCount(loaded.nodes.length);
  return loaded;
}

/** Each element's label as the canvas shows it: its lines, read from the DOM (one text,
 * shown with `white-space: pre`, so each line break in it is a line on screen). */
async function canvasLabels(page: Page): Promise<Map<string, string[]>> {
  const entries = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node')).map(
      (n) =>
        [
          n.dataset.id ?? '',
          (n.querySelector('.element-label')?.textContent ?? '').split('\n'),
        ] as [string, string[]],
    ),
  );
  return new Map(entries);
}

function labelProblems(loaded: VDoc, shown: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const n of loaded.nodes) {
    const lines = shown.get(n.id);
    if (!lines) problems.push(`no node for ${JSON.stringify(n.id.slice(0, 40))}`);
    else if (!rejoins(lines, drawnLabel(n))) {
      problems.push(
        `${JSON.stringify(n.id.slice(0, 40))} shows ${JSON.stringify(lines.join('|').slice(0, 80))}`,
      );
    }
  }
  return problems;
}

for (const csp of [true, false]) {
  test.describe(csp ? 'in the editor' : 'in the editor, with its CSP bypassed', () => {
    // Without the CSP, only the way the editor puts text into the page keeps it inert.
    test.use({ bypassCSP: !csp });

    test('labels, titles, ids, kinds, images and drivers from a file: nothing runs, each label reads back', async ({
      page,
      baseURL,
    }) => {
      const w = watch(page, (u) => u.startsWith(baseURL!) || /^(blob|data):/.test(u));
      await openEditor(page);
      const loaded = await loadInEditor(page, docText);
      expect(labelProblems(loaded, await canvasLabels(page))).toEqual([]);

      // Everywhere the text is shown: the selection and inspector, the problems panel with
      // its explanations, the export dialog and its preview.
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      for (const id of ['os0', 'c3', 'u5', 'hw']) {
        const n = page.locator(`.react-flow__node[data-id="${id}"]`);
        if ((await n.count()) > 0) {
          await n.click();
          const want = loaded.nodes.find((x) => x.id === id)!.label ?? '';
          await expect(inspector.getByLabel('Label')).toHaveValue(want.replace(/[\r\n]/g, ''));
        }
      }
      const problems = page.getByRole('region', { name: 'Problems' });
      const toggles = problems.getByRole('button', { name: 'Show the explanation and fixes' });
      for (let i = 0; i < Math.min(3, await toggles.count()); i++) await toggles.nth(i).click();
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByLabel('SVG', { exact: true }).check();
      await dialog.getByLabel('Title', { exact: true }).check();
      await expect(dialog.getByRole('img', { name: 'Export preview' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      expect(await inertness(page)).toEqual([]);
      await expectNothingRan(page, w);
    });

    test('typed into the inspector and the title field: kept exactly, nothing runs', async ({
      page,
      baseURL,
    }) => {
      // Typed text takes the same way into the page as loaded text: without the CSP, on the
      // long run only.
      test.skip(!csp && !LONG, 'long run only');
      const w = watch(page, (u) => u.startsWith(baseURL!) || /^(blob|data):/.test(u));
      await openEditor(page);
      await loadInEditor(
        page,
        JSON.stringify({
          format: 'vtopo',
          version: 1,
          nodes: [{ id: 'hw', kind: 'hardware', label: 'Server', props: {} }],
        }),
      );
      const node = page.locator('.react-flow__node[data-id="hw"]');
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      const title = page.getByLabel('Document title');
      // An input holds no line breaks, and CDP carries typed text as UTF-8, which has no
      // lone surrogates: those two payloads arrive from a file (the test above).
      const typeable = texts.filter((t) => !/[\r\n\ud800-\udfff]/.test(t));
      // The fast slice types a third of them (and all of them at once); the long run each.
      const typed = LONG ? typeable : typeable.filter((_t, i) => i % 3 === 0);
      for (const text of [...typed, typeable.join(' '), LONG_LABEL]) {
        await node.click();
        await inspector.getByLabel('Label').fill(text);
        await title.fill(text);
        await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
        const d = (await page.evaluate(() => window.vtopo!.doc())) as VDoc;
        // Stored exactly as typed (an input keeps every character but line breaks).
        expect(d.nodes[0]!.label ?? '').toBe(text);
        expect(d.title ?? '').toBe(text);
        expect(labelProblems(d, await canvasLabels(page))).toEqual([]);
      }
      expect(await inertness(page)).toEqual([]);
      await expectNothingRan(page, w);
    });
  });
}

// ---- exported SVGs as top-level pages ------------------------------------------------------

/** Reads an SVG page back in Chromium: each group's label lines, and the title element. */
async function svgPageText(page: Page): Promise<{ groups: [string, string[]][]; title: string }> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const groups: [string, string[]][] = [];
    for (const g of Array.from(document.querySelectorAll('g[data-id]'))) {
      const id = g.getAttribute('data-id')!;
      if (seen.has(id)) continue;
      seen.add(id);
      const lines = Array.from(g.children)
        .filter(
          (c) =>
            c.localName === 'text' &&
            c.getAttribute('font-weight') === '600' &&
            !c.hasAttribute('font-size'),
        )
        .map((c) => c.textContent ?? '');
      groups.push([id, lines]);
    }
    const title = document.documentElement.querySelector(':scope > title')?.textContent ?? '';
    return { groups, title };
  });
}

async function expectSvgPageHolds(page: Page, svg: string, d: VDoc, w: Watch): Promise<void> {
  expect(checkSvg(svg).problems).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
  const { groups, title } = await svgPageText(page);
  const shown = new Map(groups);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const n of d.nodes) {
    const id = xmlChars(n.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const lines = shown.get(id);
    if (!lines) problems.push(`no group for ${JSON.stringify(id.slice(0, 40))}`);
    else if (!rejoins(lines, drawnLabel(n)))
      problems.push(`${JSON.stringify(id.slice(0, 40))} reads back wrong`);
  }
  expect(problems).toEqual([]);
  const raw = d.title ?? '';
  expect(title).toBe(raw.trim() !== '' ? displayText(raw) : 'vtopo diagram');
  expect(await inertness(page)).toEqual([]);
  await expectNothingRan(page, w);
}

const SVG_OPTIONS = [
  {},
  { theme: 'dark', transparent: true },
  { title: true, legend: true },
  { title: true, legend: true, marks: true, embedFont: true },
] as const;

test('every payload, exported with every option, opened as a page: nothing runs, labels read back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const svgs = new Map<string, { svg: string; d: VDoc }>();
  const docs = [
    doc,
    ...texts.map((t) => hostileDoc([t, `x ${t} y`], t)),
    hostileDoc([LONG_LABEL], LONG_LABEL),
  ];
  // The document with every payload in every option; on the long run, each payload's own
  // document too, in one option each, in turn.
  docs.forEach((d, i) => {
    SVG_OPTIONS.forEach((o, j) => {
      if (i > 0 && (j !== i % SVG_OPTIONS.length || (!LONG && i < docs.length - 1))) return;
      const { marks, ...opts } = o as { marks?: boolean } & Record<string, unknown>;
      const svg = exportSvg(d, { ...opts, ...(marks ? { diagnostics: validate(d) } : {}) });
      svgs.set(`http://svg.test/${i}-${j}.svg`, { svg, d });
    });
  });
  await page.route('**/*', (route) => {
    const hit = svgs.get(route.request().url());
    if (hit) return route.fulfill({ contentType: 'image/svg+xml', body: hit.svg });
    return route.abort();
  });
  const w = watch(page, (u) => svgs.has(u));
  for (const [url, { svg, d }] of svgs) {
    await page.goto(url);
    await expectSvgPageHolds(page, svg, d, w);
  }
});

test('the editor’s own SVG export, opened from disk: nothing runs, labels read back', async ({
  page,
  browser,
  baseURL,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'vtopo-hostile-'));
  await openEditor(page, { legacyFiles: true });
  const loaded = await loadInEditor(page, docText);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('SVG', { exact: true }).check();
  await dialog.getByLabel('Title', { exact: true }).check();
  await dialog.getByLabel('Legend', { exact: true }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export SVG…' }).click();
  const file = join(dir, 'export.svg');
  await (await download).saveAs(file);
  const svg = readFileSync(file, 'utf8');
  expect(svg.length).toBeGreaterThan(1000);

  const viewer = await browser.newPage();
  const url = pathToFileURL(file).href;
  const w = watch(viewer, (u) => u === url);
  await viewer.goto(url);
  await expectSvgPageHolds(viewer, svg, loaded, w);
  // And served over http from the editor's own origin, where a script would reach the app.
  await viewer.route(`${baseURL}/hostile-export.svg`, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: svg }),
  );
  const w2 = watch(viewer, (u) => u === url || u === `${baseURL}/hostile-export.svg`);
  await viewer.goto(`${baseURL}/hostile-export.svg`);
  await expectSvgPageHolds(viewer, svg, loaded, w2);
  await viewer.close();
});
