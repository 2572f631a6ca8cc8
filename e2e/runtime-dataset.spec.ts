// Datasets opened at run time in the built app: a picked folder is validated, built and laid out in workers and
// drawn; one with problems shows them with file and line; the built-in notes are one click (or Back) away.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readDataDir } from '../src/node/load-files';
import { runPipeline } from '../src/model/pipeline';
import { datasetAction, failOnPageErrors, waitForCanvas } from './helpers';

let root: string;
let good: string;
let bad: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'allegiance-runtime-'));
  // A trimmed copy: without the relations of one file, so its graph differs from the built-in one.
  good = join(root, 'my-revision');
  cpSync('graph-data', good, { recursive: true });
  rmSync(join(good, 'relations', 'stalin-era.yaml'));
  // The built-in storylines cite relations of that file, so the trimmed copy goes without them.
  rmSync(join(good, 'storylines'), { recursive: true, force: true });
  bad = join(root, 'broken-notes');
  cpSync('graph-data', bad, { recursive: true });
  writeFileSync(join(bad, 'relations', 'zz-bad.yaml'), readFileSync('src/cli/fixtures/bad-relations.yaml', 'utf8'));
});

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

failOnPageErrors();

const header = (page: Page) => page.getByRole('banner');

/** Nodes and edges on the canvas. */
function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(): { length: number }; edges(): { length: number } } };
    return { nodes: canvas.instance.nodes().length, edges: canvas.instance.edges().length };
  });
}

async function pickFolder(page: Page, dir: string): Promise<void> {
  await datasetAction(page, 'Open dataset…');
  await page.getByLabel('Pick a folder').setInputFiles(dir);
}

test('a picked folder is drawn, named in the header and in the URL, still shown after a reload; Back returns to the built-in notes', async ({ page }) => {
  test.setTimeout(240_000); // three full loads, two pipeline + layout runs and a pipeline + layout run: long on a loaded machine (no timing asserted)
  const expected = runPipeline(readDataDir(good));
  expect(expected.ok).toBe(true);
  const builtIn = runPipeline(readDataDir('graph-data')).graph!;
  expect(expected.graph!.size).toBeLessThan(builtIn.size);

  await page.goto('/');
  await waitForCanvas(page);
  await expect(header(page)).toContainText('Dataset: Bolshevik and Stalinist Russia 1918-56 (built in)');
  expect(await drawn(page)).toEqual({ nodes: builtIn.order, edges: builtIn.size });

  await pickFolder(page, good);
  await expect(header(page)).toContainText('Dataset: my-revision', { timeout: 30_000 });
  await expect(page).toHaveURL(/[?&]ds=u[a-z0-9]+/);
  await waitForCanvas(page);
  await expect.poll(() => drawn(page)).toEqual({ nodes: expected.graph!.order, edges: expected.graph!.size });
  await expect(page.locator('allegiance-app .summary')).toContainText(`of ${expected.graph!.size} relations`);

  // The rest of the app works on it: search and select an entity, which the URL records beside the dataset.
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.fill('Trotsky');
  await input.press('Enter');
  await expect(page.locator('entity-panel h2')).toContainText('Trotsky');
  await expect(page).toHaveURL(/e=trotsky/);
  await expect(page).toHaveURL(/ds=u/);

  // Saved in the browser (IndexedDB): a reload opens the same dataset and view from the link.
  await page.reload();
  await expect(header(page)).toContainText('Dataset: my-revision', { timeout: 30_000 });
  await waitForCanvas(page);
  await expect.poll(() => drawn(page)).toEqual({ nodes: expected.graph!.order, edges: expected.graph!.size });
  await expect(page.locator('entity-panel h2')).toContainText('Trotsky');
  await expect(page).toHaveURL(/ds=u.*e=trotsky|e=trotsky.*ds=u/);

  // The saved list offers it again.
  await datasetAction(page, 'Open dataset…');
  await expect(page.getByRole('button', { name: /^my-revision \(/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goBack(); // the selection
  await page.goBack(); // the dataset
  await expect(header(page)).toContainText('(built in)');
  await expect(page).not.toHaveURL(/ds=/);
  await expect.poll(() => drawn(page)).toEqual({ nodes: builtIn.order, edges: builtIn.size });
});

test('a folder with the three classic problems shows each with file and line; back to the built-in notes works', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await pickFolder(page, bad);
  const list = page.locator('data-problems li');
  await expect(list).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toContainText('3 problems in 1 file');
  await expect(list.nth(0)).toContainText('broken-notes/relations/zz-bad.yaml:4');
  await expect(list.nth(0)).toContainText('"nobody-at-all" is not an entity id');
  await expect(list.nth(1)).toContainText('broken-notes/relations/zz-bad.yaml:16');
  await expect(list.nth(1)).toContainText('nowhere in the notes');
  await expect(list.nth(2)).toContainText('broken-notes/relations/zz-bad.yaml:21');
  await expect(list.nth(2)).toContainText('month 13');
  await expect(header(page)).toContainText('Dataset: broken-notes');
  await expect(page).toHaveURL(/ds=u/);

  // The way back is on the page, beside the problems (and in the Dataset menu's Open dataset… panel).
  await page.getByRole('button', { name: 'Back to the built-in notes' }).click();
  await expect(page.locator('data-problems')).toHaveCount(0);
  await waitForCanvas(page);
  await expect(header(page)).toContainText('(built in)');
  await expect(page).not.toHaveURL(/ds=/);
});

test('an unknown dataset in the URL gives a polite notice and the built-in notes', async ({ page }) => {
  await page.goto('/?ds=nothing-saved&e=stalin');
  await expect(page.getByRole('status').filter({ hasText: 'No dataset “nothing-saved” is saved in this browser' })).toBeVisible();
  await waitForCanvas(page);
  await expect(header(page)).toContainText('(built in)');
  await expect(page).not.toHaveURL(/ds=/);
});
