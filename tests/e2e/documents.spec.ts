// Documents through the web host: the first-run welcome, save and reopen, and export that
// is byte-identical to `vtopo export` of the same saved document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { nodes, openEditor, useTemplate } from './helpers';

const root = join(import.meta.dirname, '..', '..');

async function saveToFile(page: Page, dir: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

test('the first run explains itself and offers the templates', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByRole('dialog', { name: 'Welcome to vtopo' });
  await expect(welcome).toBeVisible();
  await welcome.locator('[data-template="containers"]').click();
  await expect(welcome).toBeHidden();
  expect((await nodes(page)).some((n) => n.kind === 'container')).toBe(true);
  // Not shown again.
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Welcome to vtopo' })).toBeHidden();
});

test('a document opened while the welcome shows closes it', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByRole('dialog', { name: 'Welcome to vtopo' });
  await expect(welcome).toBeVisible();
  // As the desktop app does with a file given at launch: opened past the welcome.
  const text = readFileSync(join(root, 'assets', 'templates', 'mixed.vtopo'), 'utf8');
  await page.evaluate((t) => window.vtopo!.load(t, 'mixed.vtopo'), text);
  await expect(welcome).toBeHidden();
  expect((await nodes(page)).length).toBeGreaterThan(3);
  // Help still brings it back, and it stays until closed.
  await page.getByRole('button', { name: 'Help and templates' }).click();
  await expect(welcome).toBeVisible();
});

test('save and reopen gives the same document', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vtopo-e2e-'));
  await openEditor(page, { legacyFiles: true });
  await useTemplate(page, 'mixed');
  const before = await page.evaluate(() => window.vtopo!.doc());
  const file = await saveToFile(page, dir);
  await expect(page.locator('.status-file')).not.toContainText('edited');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.format).toBe('vtopo');

  await page.reload();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await expect.poll(async () => (await nodes(page)).length).toBe(saved.nodes.length);
  expect(await page.evaluate(() => window.vtopo!.doc())).toEqual(before);
});

test('a file that is not a vtopo document is refused with a reason, and nothing is lost', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'vtopo-e2e-'));
  await openEditor(page, { legacyFiles: true });
  await useTemplate(page, 'containers');
  const before = await page.evaluate(() => window.vtopo!.doc());
  const bad = join(dir, 'future.vtopo');
  writeFileSync(bad, JSON.stringify({ format: 'vtopo', version: 99, nodes: [] }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(bad);
  await expect(page.getByRole('alert')).toContainText('newer');
  expect(await page.evaluate(() => window.vtopo!.doc())).toEqual(before);
});

for (const format of ['svg', 'png'] as const) {
  test(`export ${format.toUpperCase()} is byte-identical to the CLI's export of the saved document`, async ({
    page,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'vtopo-e2e-'));
    await openEditor(page, { legacyFiles: true });
    await useTemplate(page, 'mixed');
    const file = await saveToFile(page, dir);

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel(format.toUpperCase(), { exact: true }).check();
    await dialog.getByLabel('Theme').selectOption('dark');
    if (format === 'png') await dialog.getByLabel('Scale').selectOption('2');
    const command = await dialog.getByTestId('export-cli').textContent();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: `Export ${format.toUpperCase()}…` }).click();
    const fromEditor = join(dir, `editor.${format}`);
    await (await download).saveAs(fromEditor);

    const fromCli = join(dir, `cli.${format}`);
    const args = ['bin/vtopo.mjs', 'export', file, '-o', fromCli, '--theme', 'dark'];
    if (format === 'png') args.push('--scale', '2');
    expect(command).toContain('--theme dark');
    execFileSync('node', args, { cwd: root });
    expect(readFileSync(fromEditor).equals(readFileSync(fromCli))).toBe(true);
  });
}
