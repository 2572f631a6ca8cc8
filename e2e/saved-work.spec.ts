import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp } from './helpers';

/**
 * Saved work in the built app: a setting survives a reload, the backup exports and imports it, and a
 * record damaged in IndexedDB is set aside with a notice while the rest still loads.
 */
failOnPageErrors();

const keyButton = (page: Page) => page.locator('graph-legend').getByRole('button', { name: 'Key' });

/** Toggle the Key (its first state depends on the canvas's size) and return whether it is now open. */
async function toggleKey(page: Page): Promise<boolean> {
  const before = (await keyButton(page).getAttribute('aria-expanded')) === 'true';
  await keyButton(page).click();
  await expect(keyButton(page)).toHaveAttribute('aria-expanded', String(!before));
  await expect(page.locator('save-status').getByRole('status')).toHaveText('Saved');
  return !before;
}

test('opening or closing the Key is saved, confirmed, and still so after a reload, both ways', async ({ page }) => {
  await openApp(page);
  const open = await toggleKey(page);
  await page.reload();
  await openApp(page);
  await expect(keyButton(page)).toHaveAttribute('aria-expanded', String(open));
  expect(await toggleKey(page)).toBe(!open);
  await page.reload();
  await openApp(page);
  await expect(keyButton(page)).toHaveAttribute('aria-expanded', String(!open));
});

test('Backup exports everything and imports a newer copy after showing what it changes', async ({ page }, info) => {
  await openApp(page);
  const open = await toggleKey(page);
  await page.getByRole('button', { name: 'Backup', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Backup' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Export backup/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^allegiance-\d{4}-\d{2}-\d{2}\.allegiance\.json$/);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; records: { kind: string; data: unknown; updatedAt: string }[] };
  expect(backup.format).toBe('allegiance-backup');
  expect(backup.records).toEqual([expect.objectContaining({ kind: 'settings', id: 'settings', data: { legendOpen: open } })]);

  // A newer copy from "another browser", with the Key the other way.
  const newer = { ...backup, records: [{ ...backup.records[0]!, updatedAt: '2099-01-01T00:00:00.000Z', data: { legendOpen: !open } }] };
  const file = info.outputPath('newer.allegiance.json');
  await writeFile(file, JSON.stringify(newer));
  await dialog.getByLabel('Backup file to import').setInputFiles(file);
  await expect(dialog.getByRole('table')).toContainText('Import preview: 1 updated');
  await expect(dialog.getByRole('combobox', { name: 'What to do with “Settings”' })).toHaveValue('take-theirs');
  await dialog.getByRole('button', { name: 'Merge into my saved work' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Merged: 0 added, 1 updated/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(keyButton(page)).toHaveAttribute('aria-expanded', String(!open));
});

test('a record damaged in IndexedDB is set aside with a notice; the rest loads', async ({ page }) => {
  await openApp(page);
  const open = await toggleKey(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('allegiance');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ kind: 'plan', id: 'damaged', version: 1, title: 'My plan', updatedAt: 'not a date', data: {} }, 'plan:damaged');
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await openApp(page);
  const notices = page.getByRole('region', { name: 'Saved work' });
  await expect(notices).toContainText('A saved plan (id "damaged") could not be read: bad record shape, updatedAt');
  await expect(notices).toContainText('It is kept aside, not deleted, and is included when you export a backup.');
  await expect(keyButton(page)).toHaveAttribute('aria-expanded', String(open));
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeHidden();
});

test('axe: no serious or critical violations with a storage notice and the backup preview open', async ({ page }, info) => {
  test.setTimeout(120_000); // two loads, a reload and a full axe run: near a minute on a loaded 2-core machine
  await openApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('allegiance');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put('garbage', 'plan:garbage');
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      }),
  );
  await page.reload();
  await openApp(page);
  await expect(page.getByRole('region', { name: 'Saved work' })).toContainText('not a record: found the text "garbage"');
  await page.getByRole('button', { name: 'Backup', exact: true }).click();
  const file = info.outputPath('one.allegiance.json');
  const at = '2026-12-01T10:00:00.000Z';
  await writeFile(file, JSON.stringify({ format: 'allegiance-backup', version: 1, exportedAt: at, records: [{ kind: 'plan', id: 'p', version: 1, title: 'Why Stalin won', updatedAt: at, data: { question: 'Why?', sections: [] } }, 5] }));
  const dialog = page.getByRole('dialog', { name: 'Backup' });
  await dialog.getByLabel('Backup file to import').setInputFiles(file);
  await expect(dialog.getByRole('table')).toContainText('Import preview: 1 added, 1 invalid');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
});
