// A dataset opened at run time gets a first picture too: drawn by <graph-canvas> from the positions the layout worker
// (or the saved dataset) gives, while Cytoscape builds the elements, and removed on hand-over. How far the best connected
// move at the hand-over is reported, not yet asserted (see below).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readDataDir } from '../src/node/load-files';
import { runPipeline } from '../src/model/pipeline';
import { handOverMoves, recordPicture } from './first-picture-watch';
import { datasetAction, failOnPageErrors, waitForCanvas } from './helpers';

let root: string;
let folder: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'allegiance-picture-'));
  // A trimmed copy of the notes (one relations file and the storylines left out): a graph unlike the built-in one.
  folder = join(root, 'my-revision');
  cpSync('graph-data', folder, { recursive: true });
  rmSync(join(folder, 'relations', 'stalin-era.yaml'));
  rmSync(join(folder, 'storylines'), { recursive: true, force: true });
});

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

failOnPageErrors();

/** Relations on the canvas (the trimmed copy has as many entities as the built-in notes, fewer relations). */
const edgesDrawn = (page: Page) =>
  page.evaluate(() => (document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { edges(): { length: number } } | null } | null)?.instance?.edges().length ?? 0);

const largest = (moves: { dx: number; dy: number }[]) => Math.max(...moves.map((o) => Math.hypot(o.dx, o.dy)));

test('a picked folder, and the same dataset reopened from its link, are pictured while Cytoscape draws them', async ({ page }, testInfo) => {
  test.setTimeout(240_000); // a pipeline and layout run in workers, then a reload: long on a loaded machine (no timing asserted)
  const expected = runPipeline(readDataDir(folder)).graph!;
  const builtIn = runPipeline(readDataDir('graph-data')).graph!;
  expect(expected.size).toBeLessThan(builtIn.size);

  await page.goto('/');
  await waitForCanvas(page);
  await page.evaluate(recordPicture);
  await datasetAction(page, 'Open dataset…');
  await page.getByLabel('Pick a folder').setInputFiles(folder);
  await expect(page.getByRole('banner')).toContainText('Dataset: my-revision', { timeout: 60_000 });
  await expect.poll(() => edgesDrawn(page), { timeout: 60_000 }).toBe(expected.size);
  const picked = await handOverMoves(page);
  expect(picked.seen.inCanvas).toBe(true);
  expect(picked.seen.circles).toHaveLength(expected.order);
  expect(await page.evaluate(() => document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.querySelectorAll('#first-picture').length)).toBe(0);
  // Not yet asserted: here Cytoscape's frame is closer than the picture's (zoom 0.443 against 0.403 at 1366×768; the
  // best connected move up to 38 px), though the built-in graph's hand-over matches (first-picture-handover.spec.ts).
  testInfo.annotations.push({ type: 'largest move, picked folder', description: `${largest(picked.moves).toFixed(1)} px` });

  // Reopened from the link (`?ds=`): the built-in picture first, then the saved dataset's own while it is drawn.
  await page.addInitScript(recordPicture);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Dataset: my-revision', { timeout: 60_000 });
  await expect.poll(() => edgesDrawn(page), { timeout: 60_000 }).toBe(expected.size);
  const reopened = await handOverMoves(page);
  expect(reopened.seen.circles).toHaveLength(expected.order);
  testInfo.annotations.push({ type: 'largest move, reopened from the link', description: `${largest(reopened.moves).toFixed(1)} px` });
  await expect.poll(() => page.evaluate(() => !!document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.getElementById('first-picture'))).toBe(false);
});
