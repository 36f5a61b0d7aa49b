// Editing without the mouse and with it: the inspector's controls, the keyboard palette,
// clipboard and delete shortcuts, the context menu.
import { expect, test } from '@playwright/test';
import {
  diagnostics,
  dragPreset,
  lastAdded,
  node,
  nodes,
  openEditor,
  useTemplate,
} from './helpers';

test('the inspector edits props with proper controls and refuses impossible values', async ({
  page,
}) => {
  await openEditor(page);
  await dragPreset(page, 'hardware', { at: { x: 420, y: 420 } });
  const hw = await lastAdded(page);
  await node(page, hw).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  await inspector.getByLabel('Label').fill('Rack 7');
  await expect(node(page, hw)).toContainText('Rack 7');

  const cores = inspector.getByLabel('CPU cores');
  await cores.fill('-4');
  await expect(inspector.getByRole('alert')).toContainText('at least 1');
  expect((await nodes(page))[0]!.props.cpuCores).toBe(16);
  await cores.fill('2.5');
  await expect(inspector.getByRole('alert')).toContainText('whole number');
  await cores.fill('24');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  expect((await nodes(page))[0]!.props.cpuCores).toBe(24);

  await inspector.getByLabel('Architecture').selectOption('arm64');
  await expect(node(page, hw)).toContainText('arm64');
  await inspector.getByLabel(/Virtualization extensions/).uncheck();
  expect((await nodes(page))[0]!.props).toMatchObject({
    arch: 'arm64',
    virtualizationExtensions: false,
  });

  // Each change is one undo step (typing merges).
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  expect((await nodes(page))[0]!.props.virtualizationExtensions).toBeUndefined();
  await page.keyboard.press('Control+z');
  expect((await nodes(page))[0]!.props.arch).toBe('x86_64');
});

test('the palette works from the keyboard: with an element selected, Enter adds on it', async ({
  page,
}) => {
  await openEditor(page);
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Search the palette')).toBeFocused();
  await page.keyboard.type('hardware');
  await page.locator('[data-preset="hardware"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await nodes(page)).length).toBe(1);
  const hw = await lastAdded(page);
  await page.getByLabel('Search the palette').fill('kvm');
  await page.locator('[data-preset="hypervisor-kvm"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await nodes(page)).length).toBe(2);
  const kvm = (await nodes(page))[1]!;
  expect(kvm).toMatchObject({ kind: 'hypervisor', parent: hw, props: { product: 'kvm' } });
});

test('copy, paste, duplicate, delete and select all from the keyboard and context menu', async ({
  page,
}) => {
  await openEditor(page);
  await dragPreset(page, 'hardware', { at: { x: 300, y: 420 } });
  const hw = await lastAdded(page);
  await dragPreset(page, 'os-linux', { onto: hw });
  const os = await lastAdded(page);

  // Copy the whole stack and paste it as a second stack.
  await node(page, hw).click();
  await page.keyboard.press('Control+c');
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await nodes(page)).length).toBe(4);
  const pasted = (await nodes(page)).slice(2);
  expect(pasted.map((n) => n.kind)).toEqual(['hardware', 'os']);
  expect(pasted[1]!.parent).toBe(pasted[0]!.id);

  // Duplicate the OS: a sibling on the same hardware (and single-boot flags it).
  await node(page, os).click();
  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await nodes(page)).length).toBe(5);
  expect((await nodes(page)).filter((n) => n.parent === hw)).toHaveLength(2);
  await expect
    .poll(async () => (await diagnostics(page)).some((d) => d.rule === 'stack/single-boot'))
    .toBe(true);

  // Delete through the context menu.
  const dup = await lastAdded(page);
  await node(page, dup).click({ button: 'right' });
  await page.getByRole('menuitem', { name: /Delete/ }).click();
  await expect.poll(async () => (await nodes(page)).length).toBe(4);

  // Select all and delete with the key.
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await nodes(page)).length).toBe(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await nodes(page)).length).toBe(4);
});

test('connects two containers with a network link, drawn and checked', async ({ page }) => {
  await openEditor(page);
  await useTemplate(page, 'containers');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  // Select a link, change its driver to none: the link is flagged.
  await page.locator('.react-flow__edge[data-id="l1"]').click({ force: true });
  await page.getByLabel('Driver').selectOption('none');
  await expect(page.locator('.problem[data-rule="network/driver-none"]')).toHaveCount(1);
});
