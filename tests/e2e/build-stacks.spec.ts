// A new user builds the seed's diagrams by dragging, sees wrong stacks flagged as it
// happens, fixes them, and undoes and redoes every step.
import { expect, test } from '@playwright/test';
import { emptyDoc } from '../../app/model/document';
import { saveDocument } from '../../app/schema/save';
import { generateDocument } from '../fixtures/generate';
import {
  centreOf,
  diagnostics,
  dragElement,
  dragPreset,
  lastAdded,
  node,
  nodes,
  openEditor,
  useTemplate,
  viewSettles,
} from './helpers';

test('builds the seed type-1 stack from the palette, checked clean at every step', async ({
  page,
}, info) => {
  await openEditor(page);
  await dragPreset(page, 'hardware', { at: { x: 420, y: 420 } });
  const hw = await lastAdded(page);
  await dragPreset(page, 'hypervisor-type1', { onto: hw });
  const hv = await lastAdded(page);
  await dragPreset(page, 'os-linux', { onto: hv });
  const linux = await lastAdded(page);
  // Dropped on the right half of the hypervisor: the Windows guest goes right of Linux.
  const hvBox = (await node(page, hv).boundingBox())!;
  await page
    .locator('[data-preset="os-windows"]')
    .dragTo(node(page, hv), { targetPosition: { x: hvBox.width - 8, y: hvBox.height / 2 } });
  await expect.poll(async () => (await nodes(page)).length).toBe(4);
  const windows = await lastAdded(page);
  await dragPreset(page, 'app-native', { onto: linux });
  const app = await lastAdded(page);

  const doc = await nodes(page);
  const byId = new Map(doc.map((n) => [n.id, n]));
  expect(byId.get(hw)!.kind).toBe('hardware');
  expect(byId.get(hv)).toMatchObject({ kind: 'hypervisor', parent: hw });
  expect(byId.get(linux)).toMatchObject({ kind: 'os', parent: hv });
  expect(byId.get(windows)).toMatchObject({ kind: 'os', parent: hv });
  expect(byId.get(app)).toMatchObject({ kind: 'app', parent: linux });
  // Siblings in the order they were dropped: Linux left of Windows.
  expect(doc.filter((n) => n.parent === hv).map((n) => n.id)).toEqual([linux, windows]);
  expect((await diagnostics(page)).filter((d) => d.severity === 'error')).toEqual([]);

  // Drawn as the textbook picture: each layer above the one it sits on, within its width.
  for (const [child, parent] of [
    [hv, hw],
    [linux, hv],
    [windows, hv],
    [app, linux],
  ] as const) {
    const c = (await node(page, child).boundingBox())!;
    const p = (await node(page, parent).boundingBox())!;
    expect(c.y + c.height).toBeLessThanOrEqual(p.y + 1);
    expect(c.x).toBeGreaterThanOrEqual(p.x - 1);
    expect(c.x + c.width).toBeLessThanOrEqual(p.x + p.width + 1);
  }
  await expect(page.getByText('No problems: every stack checks out.')).toBeVisible();
  await page.screenshot({ path: info.outputPath('type1-stack.png') });
});

test('the first element dropped on an empty canvas stays where it was dropped, at full size', async ({
  page,
}) => {
  await openEditor(page);
  // A big document zooms the view far out; the empty one opened next starts at full size.
  for (const doc of [generateDocument(300, 2), emptyDoc('Empty')]) {
    const settled = await viewSettles(page);
    await page.evaluate((t) => window.vtopo!.load(t, 'doc.vtopo'), saveDocument(doc));
    await settled();
  }
  // Fitting an empty canvas does nothing (React Flow would hold it for the first element).
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+Digit1');
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const at = { x: 300, y: 250 };
  await dragPreset(page, 'hardware', { at });
  const hw = await lastAdded(page);
  // Give a fit held back for the empty document time to happen, had it been asked for.
  await page.waitForTimeout(300);
  const box = (await node(page, hw).boundingBox())!;
  const x = pane.x + at.x;
  const y = pane.y + at.y;
  expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height).toBe(true);
  const layoutWidth = await page.evaluate(
    (id) =>
      (window.vtopo!.layout() as { byId: Map<string, { width: number }> }).byId.get(id)!.width,
    hw,
  );
  expect(box.width).toBeCloseTo(layoutWidth, 0);
});

test('elements dragged together keep the order they stand in', async ({ page }) => {
  await openEditor(page);
  await useTemplate(page, 'type1-type2');
  const kids = async (parent: string) =>
    (await nodes(page)).filter((n) => n.parent === parent).map((n) => n.id);
  // a3 to the left end of g1: g1 holds a3, a1, a2, and the canvas still draws a3 after them.
  const g1 = (await node(page, 'g1').boundingBox())!;
  await dragElement(page, 'a3', { x: g1.x + 6, y: g1.y + g1.height / 2 });
  await expect.poll(() => kids('g1')).toEqual(['a3', 'a1', 'a2']);
  // Both onto g4 at its left end: they keep their order, before what was there.
  await node(page, 'a3').click();
  await node(page, 'a1').click({ modifiers: ['Control'] });
  const g4 = (await node(page, 'g4').boundingBox())!;
  await dragElement(page, 'a1', { x: g4.x + 8, y: g4.y + g4.height / 2 });
  await expect.poll(() => kids('g4')).toEqual(['a3', 'a1', 'a5']);
});

test('a wrong drop is allowed, flagged on the right element at once, and fixed in one click', async ({
  page,
}, info) => {
  await openEditor(page);
  await dragPreset(page, 'hardware', { at: { x: 420, y: 420 } });
  const hw = await lastAdded(page);

  // While dragging a type-2 hypervisor over bare hardware, the target says it is wrong.
  await page.locator('[data-preset="hypervisor-virtualbox"]').hover();
  await page.mouse.down();
  const target = (await node(page, hw).boundingBox())!;
  await page.mouse.move(target.x + 20, target.y + 20, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 4 });
  await expect(node(page, hw)).toHaveClass(/\bdrop-bad\b/);
  await expect(page.locator(`.drop-tip.drop-bad[data-target="${hw}"]`)).toContainText('Type-2');
  await page.mouse.up();
  await expect.poll(async () => (await nodes(page)).length).toBe(2);
  const hv = await lastAdded(page);

  const row = page.locator(
    `.problem[data-rule="stack/hypervisor-type2-on-os"][data-element="${hv}"]`,
  );
  await expect(row).toHaveCount(1);
  await expect(node(page, hv).locator('.badge.sev-error')).toBeVisible();
  await expect(page.locator('[data-count="error"]')).toContainText('1 error');
  await page.screenshot({ path: info.outputPath('wrong-drop.png') });

  // The row opens to the explanation and the fixes; a fix is one click.
  await row.locator('.problem-main').click();
  await expect(row.locator('.problem-explanation')).toBeVisible();
  const fix = row.locator('.fix-button', { hasText: /host OS/i });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(page.locator('.problem[data-rule="stack/hypervisor-type2-on-os"]')).toHaveCount(0);
  const fixed = await nodes(page);
  const hvNow = fixed.find((n) => n.id === hv)!;
  const under = fixed.find((n) => n.id === hvNow.parent)!;
  expect(under).toMatchObject({ kind: 'os', parent: hw });

  // Undo takes the fix back, redo applies it again; each from the keyboard.
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect(row).toHaveCount(1);
  expect((await nodes(page)).find((n) => n.id === hv)!.parent).toBe(hw);
  await page.keyboard.press('Control+y');
  await expect(page.locator('.problem[data-rule="stack/hypervisor-type2-on-os"]')).toHaveCount(0);
  // Undo all the way back to the empty canvas, then redo all of it.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect.poll(async () => (await nodes(page)).length).toBe(0);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+y');
  await expect.poll(async () => (await nodes(page)).length).toBe(3);
});

test('the drop tip is drawn above every element, neighbours and what stands on the target included', async ({
  page,
}) => {
  await openEditor(page);
  await useTemplate(page, 'type1-type2');
  await page.getByRole('button', { name: 'Fit view' }).click();
  const count = (await nodes(page)).length;

  // Over the Ubuntu guest: Windows is its right-hand neighbour, two apps stand on it, and
  // the long message reaches over their columns.
  for (const [preset, drop, text] of [
    ['container-engine', 'drop-ok', 'Docker'],
    ['hypervisor-type1', 'drop-bad', 'nested virtualization'],
  ] as const) {
    const g1 = (await node(page, 'g1').boundingBox())!;
    await page.locator(`[data-preset="${preset}"]`).hover();
    await page.mouse.down();
    await page.mouse.move(g1.x + 20, g1.y + 20, { steps: 4 });
    await page.mouse.move(g1.x + g1.width / 2, g1.y + g1.height / 2, { steps: 4 });
    const tip = page.locator(`.drop-tip.${drop}[data-target="g1"]`);
    await expect(tip).toContainText(text);
    await expect(page.locator('.drop-tip')).toHaveCount(1);
    await expect(node(page, 'g1')).toHaveClass(new RegExp(`\\b${drop}\\b`));
    // Topmost at its centre and across its width. The tip lets the pointer through
    // (pointer-events: none), which hit testing would skip: it is turned on for the test.
    const covered = await tip.evaluate((el) => {
      el.style.pointerEvents = 'auto';
      const r = el.getBoundingClientRect();
      const y = r.y + r.height / 2;
      // Where the long message runs past the canvas's edge, the panels beside it win.
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      return [0.5, 0.1, 0.3, 0.7, 0.9]
        .map((f) => r.x + r.width * f)
        .filter((x) => x > pane.left && x < pane.right)
        .filter((x) => !el.contains(document.elementFromPoint(x, y)));
    });
    expect(covered).toEqual([]);
    // Let go over the palette: nothing is added, and the tip goes.
    const palette = (await page.locator('[data-preset="hardware"]').boundingBox())!;
    await page.mouse.move(palette.x + 10, palette.y + 10, { steps: 4 });
    await expect(page.locator('.drop-tip')).toHaveCount(0);
    await page.mouse.up();
  }
  expect((await nodes(page)).length).toBe(count);
});

test('moves an element with what sits on it onto another parent, and a whole stack', async ({
  page,
}) => {
  await openEditor(page);
  await useTemplate(page, 'type1-type2');
  await page.getByRole('button', { name: 'Fit view' }).click();

  // Drag guest g2 (with its app) from ESXi onto VirtualBox.
  const before = await nodes(page);
  const g2 = before.find((n) => n.id === 'g2')!;
  const onG2 = before.filter((n) => n.parent === 'g2').map((n) => n.id);
  await dragElement(page, 'g2', await centreOf(page, 'hv2'));
  await expect.poll(async () => (await nodes(page)).find((n) => n.id === 'g2')!.parent).toBe('hv2');
  const after = await nodes(page);
  for (const id of onG2) expect(after.find((n) => n.id === id)!.parent).toBe(g2.id);

  // Drag the hardware of the first stack to empty canvas: the stack moves.
  const hw = (await node(page, 'hw1').boundingBox())!;
  const hv = (await node(page, 'hv1').boundingBox())!;
  await page.mouse.move(hw.x + 10, hw.y + hw.height / 2);
  await page.mouse.down();
  await page.mouse.move(hw.x + 10, hw.y + hw.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => (await node(page, 'hw1').boundingBox())!.y)
    .toBeGreaterThan(hw.y + 20);
  const hvAfter = (await node(page, 'hv1').boundingBox())!;
  expect(hvAfter.y - hv.y).toBeCloseTo((await node(page, 'hw1').boundingBox())!.y - hw.y, 0);
  expect((await nodes(page)).find((n) => n.id === 'hw1')!.parent).toBeUndefined();
});

test('a drop onto an earlier stack leaves the other elements where they are in the page', async ({
  page,
}) => {
  await openEditor(page);
  await useTemplate(page, 'type1-type2');
  // Every element moved in the page is restyled and laid out again: at 1,000 elements,
  // moving those drawn after the new place was most of a drop's time.
  await page.evaluate(() => {
    const w = window as unknown as { moved: string[] };
    w.moved = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) w.moved.push((n as HTMLElement).dataset?.id ?? n.nodeName);
    }).observe(document.querySelector('.react-flow__nodes')!, { childList: true });
  });
  await dragElement(page, 'g3', await centreOf(page, 'hv1'));
  await expect.poll(async () => (await nodes(page)).find((n) => n.id === 'g3')!.parent).toBe('hv1');
  await expect(node(page, 'a4')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { moved: string[] }).moved)).toEqual([]);
});

test('the mouse wheel zooms during an element drag, and the drop still lands', async ({ page }) => {
  await openEditor(page);
  await useTemplate(page, 'type1-type2');
  const scale = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((v) => new DOMMatrixReadOnly(getComputedStyle(v).transform).a);
  const from = (await node(page, 'g2').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 30, from.y + from.height / 2, { steps: 4 });
  await expect(page.locator('.drag-shield')).toBeVisible();
  const before = await scale();
  await page.mouse.wheel(0, 400);
  await expect.poll(scale).toBeLessThan(before * 0.9);
  // Zoomed out, the drop target is found where it now is on screen.
  const to = (await node(page, 'hv2').boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await nodes(page)).find((n) => n.id === 'g2')!.parent).toBe('hv2');
});
