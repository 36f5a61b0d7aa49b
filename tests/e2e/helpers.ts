// Shared steps for the editor's end-to-end tests.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface DocNode {
  id: string;
  kind: string;
  parent?: string;
  label?: string;
  props: Record<string, unknown>;
}

export interface Diag {
  rule: string;
  severity: string;
  message: string;
  elements: string[];
}

/** Opens the editor past the welcome (which is tested on its own). */
export async function openEditor(page: Page, opts: { legacyFiles?: boolean } = {}): Promise<void> {
  if (opts.legacyFiles) {
    // The download/file-input path of the web host, which Playwright can drive.
    await page.addInitScript(() => {
      delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
  }
  await page.addInitScript(() => localStorage.setItem('vtopo.welcomed', '1'));
  await page.goto('/');
  await expect(page.getByRole('toolbar', { name: 'Document' })).toBeVisible();
  await expect.poll(() => fittedCurrent(page)).toBe(true);
}

/** Whether the canvas's last fit to view was for the document it shows. */
function fittedCurrent(page: Page): Promise<boolean> {
  return page
    .locator('.canvas')
    .evaluate((el) => el.getAttribute('data-fitted') === el.getAttribute('data-opened'));
}

/** Opens a template from the toolbar's New menu and waits for its elements, fitted in view. */
export async function useTemplate(page: Page, id: string): Promise<void> {
  const settled = await viewSettles(page);
  await page.getByRole('button', { name: 'New ▾' }).click();
  await page.locator(`.dropdown [data-template="${id}"]`).click();
  await expect.poll(async () => (await nodes(page)).length).toBeGreaterThan(3);
  await settled();
}

/**
 * Called before a document is opened: waits, when called back, until that document has
 * been fitted into view (a click aimed at an element before then lands wherever the fit
 * moves the element to). The canvas shows the editor's count of opened documents
 * (`data-opened`) and the count its last fit was for (`data-fitted`).
 */
export async function viewSettles(page: Page): Promise<() => Promise<void>> {
  const canvas = page.locator('.canvas');
  const before = await canvas.getAttribute('data-opened');
  return async () => {
    await expect(canvas).not.toHaveAttribute('data-opened', before ?? '');
    await expect.poll(() => fittedCurrent(page)).toBe(true);
  };
}

export const node = (page: Page, id: string): Locator =>
  page.locator(`.react-flow__node[data-id="${id}"]`);

export async function nodes(page: Page): Promise<DocNode[]> {
  return page.evaluate(() => (window.vtopo!.doc() as { nodes: DocNode[] }).nodes);
}

export async function diagnostics(page: Page): Promise<Diag[]> {
  return page.evaluate(() => window.vtopo!.diagnostics() as Diag[]);
}

/** Drags a palette preset onto an element, or onto the empty canvas at a point. */
export async function dragPreset(
  page: Page,
  preset: string,
  target: { onto: string } | { at: { x: number; y: number } },
): Promise<void> {
  const source = page.locator(`[data-preset="${preset}"]`);
  const before = (await nodes(page)).length;
  if ('onto' in target) await source.dragTo(node(page, target.onto));
  else await source.dragTo(page.locator('.react-flow__pane'), { targetPosition: target.at });
  await expect.poll(async () => (await nodes(page)).length).toBe(before + 1);
}

/** The centre of an element on the page. */
export async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const b = (await node(page, id).boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Drags an element by its centre with the mouse to a point on the page, in steps as a hand would. */
export async function dragElement(
  page: Page,
  id: string,
  to: { x: number; y: number },
): Promise<void> {
  const from = await centreOf(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The id of the element added last. */
export async function lastAdded(page: Page): Promise<string> {
  return page.evaluate(() => {
    const s = window.vtopo!.doc() as { nodes: { id: string }[] };
    const sel = (document.querySelector('.react-flow__node.selected') as HTMLElement | null)
      ?.dataset.id;
    return sel ?? s.nodes[s.nodes.length - 1]!.id;
  });
}

declare global {
  interface Window {
    vtopo?: {
      doc(): unknown;
      diagnostics(): unknown;
      layout(): unknown;
      load(text: string, name?: string): boolean;
    };
  }
}
