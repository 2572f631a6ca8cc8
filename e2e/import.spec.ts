// "Import notes" as a teacher uses it, in the built app: a Markdown file on Italy under Mussolini is read in a
// worker, its suggestions reviewed from the keyboard, a dataset created, drawn, listed and kept across a reload;
// pasted text works the same; a broken .docx gives a clear message; nothing leaves the origin, and the import
// code is requested only once the control is used.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { datasetAction, failOnPageErrors, openDatasetMenu, waitForCanvas } from './helpers';

const FIXTURE = 'e2e/fixtures/mussolini-notes.md';

failOnPageErrors();

/** Every URL the page requests, and whether any import code was among them. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
const importCode = (urls: string[]) => urls.filter((u) => /notes-import-dialog|import\.worker|pdf\.worker/.test(u));

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import notes' });

function drawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(): { map(f: (n: { data(k: string): string }) => string): string[] } } };
    return canvas.instance.nodes().map((n) => n.data('label'));
  });
}

async function review(page: Page): Promise<void> {
  const queue = page.locator('import-queue');
  await expect(queue.getByText('Keys: A accept')).toBeVisible();
  const review = queue.locator('section.review');
  await expect(review).toBeFocused();
  // The first entity: accepted with A, the next rejected with R, the cursor moves on by itself.
  const first = await review.locator('h4').innerText();
  await page.keyboard.press('a');
  await expect(queue.locator('li.row.accepted')).toHaveCount(1);
  await expect(queue.locator('li.row.accepted')).toContainText(first);
  await page.keyboard.press('k');
  await expect(review.locator('h4')).toHaveText(first);
  await page.keyboard.press('j');
  const second = await review.locator('h4').innerText();
  expect(second).not.toBe(first);
  await page.keyboard.press('r');
  await expect(queue.locator('li.row.rejected')).toContainText(second);
  // The rest by the button, then every strong suggestion is accepted.
  await queue.getByRole('button', { name: 'Accept all remaining strong suggestions' }).click();
  await expect(queue.locator('.summary')).toContainText(/[1-9]\d* accepted/);
}

test('a teacher imports Markdown notes by the file picker, reviews by keyboard, creates a dataset, explores it and finds it after a reload', async ({ page }) => {
  test.setTimeout(240_000);
  const urls = watchRequests(page);
  await page.goto('/');
  await waitForCanvas(page);
  expect(importCode(urls), 'no import code before the control is used').toEqual([]);
  // Opening the header's Dataset menu loads none of its actions' code (import, authoring, zip, built-in files).
  await openDatasetMenu(page);
  await expect(page.getByRole('group', { name: 'Dataset actions' }).getByRole('button', { name: 'Open dataset…' })).toBeFocused();
  expect(urls.filter((u) => /notes-import-dialog|import\.worker|pdf\.worker|authoring-dialog|apply-edit|built-in-files|\/zip-/.test(u)), 'no action code from opening the menu').toEqual([]);

  await datasetAction(page, 'Import notes');
  await expect(dialog(page)).toBeVisible();
  await page.getByLabel('Notes file (.txt, .md, .docx, .pdf or .pptx)').setInputFiles(FIXTURE);
  await expect(dialog(page).getByRole('heading', { name: /Italy under Mussolini.*6 slides \(markdown\)/ })).toBeVisible({ timeout: 30_000 });
  expect(importCode(urls).length).toBeGreaterThan(0);

  // axe-core on the dialog and the queue (with an entity under review, then with the Edit form open).
  const axeDialog = async () => (await new AxeBuilder({ page }).include({ fromShadowDom: ['allegiance-app', 'notes-import-dialog'] }).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(await axeDialog()).toEqual([]);
  await page.keyboard.press('e');
  await expect(page.locator('queue-edit-form').getByLabel('Name')).toBeFocused();
  expect(await axeDialog()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('queue-edit-form')).toHaveCount(0);
  await expect(dialog(page)).toBeVisible();
  await page.locator('import-queue section.review').focus();

  await review(page);
  // A relation: the cursor on the first suggested relation shows its verbatim quote and slide.
  await page.locator('import-queue').getByRole('button', { name: /allied-with/ }).first().click();
  const text = readFileSync(FIXTURE, 'utf8');
  const quote = (await page.locator('import-queue section.review blockquote').innerText()).replace(/^“|” slide \d+$/g, '');
  expect(text).toContain(quote.replace(/”.*$/, ''));

  await dialog(page).getByRole('button', { name: 'Create dataset' }).click();
  await expect(page.getByRole('banner')).toContainText('Dataset: Italy under Mussolini', { timeout: 60_000 });
  await expect(page).toHaveURL(/[?&]ds=u[a-z0-9]+/);
  await waitForCanvas(page);
  const labels = await drawn(page);
  expect(labels).toEqual(expect.arrayContaining(['Hitler']));
  expect(labels.some((l) => /Mussolini/.test(l))).toBe(true);

  // The List view lists the relations with their quotes from the notes.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('relation-list')).toContainText('Hitler');

  // Saved in the browser: a reload opens it again.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Dataset: Italy under Mussolini', { timeout: 60_000 });
  await waitForCanvas(page);
  expect((await drawn(page)).length).toBe(labels.length);

  // Re-importing the same file keeps the decisions made (saved by the file name).
  await datasetAction(page, 'Import notes');
  await page.getByLabel('Notes file (.txt, .md, .docx, .pdf or .pptx)').setInputFiles(FIXTURE);
  await expect(dialog(page).locator('p.status')).toContainText(/earlier decisions on these notes applied/, { timeout: 30_000 });
  await expect(page.locator('import-queue li.row.rejected')).toHaveCount(1);

  const foreign = urls.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign, 'no request leaves the origin').toEqual([]);
});

test('pasted text is imported the same way', async ({ page }) => {
  test.setTimeout(180_000);
  const urls = watchRequests(page);
  await page.goto('/');
  await waitForCanvas(page);
  await datasetAction(page, 'Import notes');
  await dialog(page).getByText('Or paste the text').click();
  await dialog(page).getByLabel('Title').fill('Mussolini pasted');
  await dialog(page).getByLabel('Notes text').fill(readFileSync(FIXTURE, 'utf8'));
  await dialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(dialog(page).getByRole('heading', { name: /Mussolini pasted.*6 slides/ })).toBeVisible({ timeout: 30_000 });
  await review(page);
  await dialog(page).getByRole('button', { name: 'Create dataset' }).click();
  await expect(page.getByRole('banner')).toContainText('Dataset: Mussolini pasted', { timeout: 60_000 });
  await waitForCanvas(page);
  expect((await drawn(page)).length).toBeGreaterThan(3);
  expect(urls.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});

test('a broken .docx gives a clear message naming the file; the queue already shown is kept', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForCanvas(page);
  await datasetAction(page, 'Import notes');
  const picker = page.getByLabel('Notes file (.txt, .md, .docx, .pdf or .pptx)');
  await picker.setInputFiles(FIXTURE);
  await expect(page.locator('import-queue .summary')).toBeVisible({ timeout: 30_000 });
  await picker.setInputFiles({ name: 'broken-essay.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK this is not really a Word file') });
  const alert = dialog(page).getByRole('alert');
  await expect(alert).toContainText('“broken-essay.docx” was not imported: it is named as a Word document (.docx) but its first bytes show plain text', { timeout: 30_000 });
  await expect(alert).toContainText('paste its text instead');
  await expect(page.locator('import-queue .summary')).toBeVisible();
  await expect(dialog(page).getByRole('heading', { name: /Italy under Mussolini/ })).toBeVisible();
  // An unsupported kind of file is named too.
  await picker.setInputFiles({ name: 'timeline.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
  await expect(alert).toContainText('“timeline.xlsx” is not a kind of file Allegiance can import');
  // The app behind is untouched.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('banner')).toContainText('(built in)');
});

test('the names of the dataset shown can be offered as known names: "Stalin" in the notes is suggested as Joseph Stalin', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForCanvas(page);
  await datasetAction(page, 'Import notes');
  const text = '# The struggle for power\n\n- Stalin allied with Kamenev and Zinoviev against Trotsky in 1924\n- Stalin turned on Kamenev and Zinoviev in 1926\n';
  const readPasted = async () => {
    await dialog(page).getByLabel('Title').fill('Power struggle');
    await dialog(page).getByLabel('Notes text').fill(text);
    await dialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
    await expect(dialog(page).getByRole('heading', { name: /Power struggle.*1 slides?/ })).toBeVisible({ timeout: 30_000 });
  };
  await dialog(page).getByText('Or paste the text').click();
  await readPasted();
  const rows = page.locator('import-queue li.row');
  await expect(rows.filter({ hasText: 'Stalin' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Joseph Stalin' })).toHaveCount(0);
  await dialog(page).getByLabel(/Also look for the names of “Bolshevik and Stalinist Russia/).check();
  await readPasted();
  await expect(rows.filter({ hasText: 'Joseph Stalin' }).first()).toBeVisible();
});
