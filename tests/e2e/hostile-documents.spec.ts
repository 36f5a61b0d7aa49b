// Hostile documents opened in the editor (Chromium): the same template mutations the unit
// tests run through the domain core (tests/hardening/mutations.ts). The editor never
// throws, shows what the loader restored (or refuses with a reason and keeps what it had),
// and nothing reaches Object.prototype.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { loadDocument } from '../../app/schema/load';
import { LONG } from '../hardening/figures';
import {
  chain,
  duplicateIds,
  protoKeys,
  references,
  surrogates,
  templates,
  truncations,
  typeSwaps,
} from '../hardening/mutations';
import type { Case } from '../hardening/mutations';
import { openEditor } from './helpers';

const all = templates();

function textCases(): Case[] {
  // About 100 documents in npm test, about 2,000 on the long run (a quarter of a second each).
  const every = LONG ? 2 : 100;
  const pick = (cases: Iterable<Case>, n: number) => [...cases].filter((_c, i) => i % n === 0);
  const out: Case[] = [];
  for (const t of all) {
    out.push(
      ...pick(truncations(t, 'UTF-8'), LONG ? 13 : 199),
      ...pick(typeSwaps(t), every * 3),
      ...pick(duplicateIds(t), every),
      ...pick(references(t), Math.max(1, every / 4)),
      ...pick(protoKeys(t), Math.max(1, every / 4)),
      ...pick(surrogates(t), every),
    );
  }
  out.push({ family: 'big', name: 'a deep chain', input: chain(LONG ? 10_000 : 1000, false) });
  out.push({ family: 'big', name: 'a long cycle', input: chain(LONG ? 10_000 : 1000, true) });
  // The editor's test hook opens text: a truncated file is its UTF-8 cut short, decoded.
  const utf8 = new TextDecoder();
  return out.map((c) => (typeof c.input === 'string' ? c : { ...c, input: utf8.decode(c.input) }));
}

async function open(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (t) => (window as unknown as { vtopo: { load(t: string): boolean } }).vtopo.load(t),
    text,
  );
}

test('hostile documents: the editor shows what loading restored, or refuses with a reason', async ({
  page,
}) => {
  test.setTimeout(LONG ? 3_600_000 : 120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openEditor(page);
  const cases = textCases();
  let loaded = 0;
  let refused = 0;
  for (const c of cases) {
    const text = c.input as string;
    // Kept in the page: a document may be too deep for Playwright to carry out.
    await page.evaluate(() => {
      (window as unknown as { before: unknown }).before = window.vtopo!.doc();
    });
    const ok = await open(page, text);
    // The editor opens bytes: what it sees is the text as UTF-8 (a raw lone surrogate is
    // U+FFFD there, as in any file).
    const expected = loadDocument(new TextDecoder().decode(new TextEncoder().encode(text)));
    expect(ok, c.name).toBe(expected.ok);
    if (expected.ok) {
      loaded++;
      await expect(page.locator('.react-flow__node'), c.name).toHaveCount(
        expected.doc.nodes.length,
      );
      const ids = await page.evaluate(() =>
        (window.vtopo!.doc() as { nodes: { id: string }[] }).nodes.map((n) => n.id),
      );
      expect(ids, c.name).toEqual(expected.doc.nodes.map((n) => n.id));
    } else {
      refused++;
      await expect(page.getByRole('alert').last(), c.name).toContainText('Cannot open');
      const same = await page.evaluate(
        () => window.vtopo!.doc() === (window as unknown as { before: unknown }).before,
      );
      expect(same, c.name).toBe(true);
    }
    expect(errors, c.name).toEqual([]);
  }
  expect(
    await page.evaluate(() => ({
      polluted: ({} as Record<string, unknown>).polluted,
      keys: Object.getOwnPropertyNames(Object.prototype).filter((k) => k === 'polluted'),
    })),
  ).toEqual({ keys: [] });
  console.log(
    `[figures] hostile documents in the editor: ${cases.length} opened, ${loaded} shown, ${refused} refused with a reason, 0 page errors`,
  );
});
