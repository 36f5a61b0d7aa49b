// The minimap: shown for ordinary documents, hidden by default for big ones (it costs about
// as much as the canvas there), switched from the zoom controls, and the user's choice
// remembered over the default.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { saveDocument } from '../../app/schema/save';
import { generateDocument } from '../fixtures/generate';
import { openEditor, useTemplate } from './helpers';

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

/** The elements whose box overlaps the minimap's. */
async function underMinimap(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = document.querySelector('.react-flow__minimap')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom;
      })
      .map((n) => n.dataset.id ?? '?');
  });
}

test('a fitted diagram keeps clear of the minimap: on opening, with the fit button and the shortcut', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page);
  for (const id of ['type1-type2', 'containers', 'mixed']) {
    await useTemplate(page, id);
    await expect(page.locator('.react-flow__minimap')).toBeVisible();
    await expect.poll(() => underMinimap(page)).toEqual([]);

    // Zoomed in, the diagram runs under the minimap; fitting brings it clear again.
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(async () => (await underMinimap(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(() => underMinimap(page)).toEqual([]);

    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(async () => (await underMinimap(page)).length).toBeGreaterThan(0);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await expect.poll(() => underMinimap(page)).toEqual([]);
  }
});
