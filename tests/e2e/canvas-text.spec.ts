// Each element's text on the canvas sits where the layout put it, the place the export
// draws it: the label's first line at the block's top, the caption's last line ending at
// its bottom, wrapped labels included.
import { expect, test } from '@playwright/test';
import { layoutDocument, textTop } from '../../app/layout';
import { textBlockHeight } from '../../app/layout/geometry';
import type { VDoc } from '../../app/model/document';
import { saveDocument } from '../../app/schema/save';
import { generateDocument } from '../fixtures/generate';
import { openEditor } from './helpers';

function withLongLabels(doc: VDoc): VDoc {
  const nodes = doc.nodes.map((n, i) =>
    i % 7 === 3
      ? { ...n, label: `A label long enough to be wrapped onto more than one line, number ${i}` }
      : n,
  );
  return { ...doc, nodes };
}

test('element text sits where the layout and the export put it', async ({ page }) => {
  const doc = withLongLabels(generateDocument(60, 3));
  await openEditor(page);
  const ok = await page.evaluate(
    (t) => (window as unknown as { vtopo: { load(t: string): boolean } }).vtopo.load(t),
    saveDocument(doc),
  );
  expect(ok).toBe(true);
  await expect(page.locator('.react-flow__node')).toHaveCount(doc.nodes.length);

  const layout = layoutDocument(doc);
  expect(layout.boxes.some((b) => b.label.length > 1)).toBe(true);
  const drawn = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node')).map((n) => {
      const box = n.getBoundingClientRect();
      const label = n.querySelector('.element-label')!.getBoundingClientRect();
      const caption = n.querySelector('.element-caption')!.getBoundingClientRect();
      return {
        id: n.dataset.id ?? '',
        height: box.height,
        labelTop: label.top - box.top,
        captionBottom: caption.bottom - box.top,
      };
    }),
  );
  const off: string[] = [];
  for (const d of drawn) {
    const box = layout.byId.get(d.id)!;
    const zoom = d.height / box.height;
    const top = textTop(box);
    const bottom = top + textBlockHeight(box.label.length, box.caption.length);
    // Half a pixel of the drawing: sub-pixel rounding, never a misplaced line.
    if (Math.abs(d.labelTop / zoom - top) > 0.5 || Math.abs(d.captionBottom / zoom - bottom) > 0.5)
      off.push(
        `${d.id}: text from ${(d.labelTop / zoom).toFixed(1)} to ${(d.captionBottom / zoom).toFixed(1)}, laid out from ${top.toFixed(1)} to ${bottom.toFixed(1)}`,
      );
  }
  expect(off).toEqual([]);
});
