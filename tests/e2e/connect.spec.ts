// Connecting by hand: an element's link handles show on hover, and a link dragged from one
// element's handle to another's is added to the document.
import { expect, test } from '@playwright/test';
import { node, nodes, openEditor, useTemplate } from './helpers';

test('a link dragged from a handle of a selected element connects it', async ({ page }) => {
  await openEditor(page);
  await useTemplate(page, 'containers');
  const linksNow = () =>
    page.evaluate(() => (window.vtopo!.doc() as { links: { from: string; to: string }[] }).links);
  expect(await linksNow()).toHaveLength(2);
  // Selected first: React Flow then holds a node object for c1 other than the one it measured.
  await node(page, 'c1').click();
  await expect(node(page, 'c1')).toHaveClass(/selected/);
  await node(page, 'c1').hover();
  const from = await node(page, 'c1').locator('.react-flow__handle.source').boundingBox();
  const to = await node(page, 'c3').locator('.react-flow__handle.target').boundingBox();
  if (!from || !to) throw new Error('handles not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(linksNow).toHaveLength(3);
  expect((await linksNow())[2]).toMatchObject({ from: 'c1', to: 'c3' });
  expect((await nodes(page)).length).toBe(10);
});
