// The minimap: shown for ordinary documents, hidden by default for big ones (it costs about
// as much as the canvas there), switched from the zoom controls, and the user's choice
// remembered over the default.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { saveDocument } from '../../app/schema/save';
import { generateDocument } from '../fixtures/generate';
import { openEditor } from './helpers';

const small = saveDocument(generateDocument(30, 1));
const big = saveDocument(generateDocument(600, 1));

async function open(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (t) => (window as unknown as { vtopo: { load(t: string): boolean } }).vtopo.load(t),
    text,
  );
  const count = (await page.evaluate(() => (window.vtopo!.doc() as { nodes: unknown[] }).nodes))
    .length;
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
}

test('the minimap shows for small documents, starts hidden for big ones, and remembers a choice', async ({
  page,
}) => {
  await openEditor(page);
  const minimap = page.locator('.react-flow__minimap');
  const show = page.getByRole('button', { name: 'Show the minimap' });
  const hide = page.getByRole('button', { name: 'Hide the minimap' });

  await open(page, small);
  await expect(minimap).toBeVisible();
  await open(page, big);
  await expect(minimap).toHaveCount(0);

  await show.click();
  await expect(minimap).toBeVisible();
  await expect(page.locator('.react-flow__minimap-node')).toHaveCount(600);
  await expect(hide).toHaveAttribute('aria-pressed', 'true');

  // Remembered: after a reload, for a big document too.
  await page.reload();
  await open(page, big);
  await expect(minimap).toBeVisible();

  // Hidden by choice: for a small document too.
  await hide.click();
  await expect(minimap).toHaveCount(0);
  await open(page, small);
  await expect(minimap).toHaveCount(0);
  await show.click();
  await expect(minimap).toBeVisible();
});
