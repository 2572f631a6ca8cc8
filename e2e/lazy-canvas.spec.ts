/**
 * Cytoscape is a chunk of its own (src/view/canvas/load-cytoscape.ts), asked for as the app starts. Held back here:
 * the first picture stands in for the graph while search, a panel, the year slider and the List view already work;
 * once the chunk arrives the canvas draws what the state asks for (the selection made meanwhile) and the picture goes.
 */
import { expect, test, type Route } from '@playwright/test';
import { failOnPageErrors, listRows, searchAndSelect, waitForCanvas } from './helpers';

failOnPageErrors();

const canvasNodes = () =>
  (document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(): { length: number } } | null } | null)?.instance?.nodes().length ?? 0;
const pictureInCanvas = () => !!document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.getElementById('first-picture');

test('the app works before Cytoscape has loaded, and the canvas draws the state it finds when it arrives', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/assets\/cytoscape[^/]*\.js$/, async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Allegiance', level: 1 })).toBeVisible();
  await expect.poll(() => asked).toBe(true); // asked for at start, not when the canvas first needs it
  expect(await page.evaluate(pictureInCanvas)).toBe(true); // the first picture stands in for the graph
  expect(await page.evaluate(canvasNodes)).toBe(0);

  // Search and a panel work without Cytoscape.
  await searchAndSelect(page, 'Zinoviev');
  await expect(page.locator('.panel h2')).toHaveText('Grigory Zinoviev');
  // The List view too.
  const rows = await listRows(page);
  expect(rows.length).toBeGreaterThan(100);
  expect(await page.evaluate(canvasNodes)).toBe(0);

  release();
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Graph' }).click();
  await waitForCanvas(page);
  await expect.poll(() => page.evaluate(pictureInCanvas)).toBe(false);
  // The selection made before Cytoscape arrived is drawn.
  const selected = await page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(s: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } };
    return canvas.instance.nodes('.selected').map((n) => n.data('label'));
  });
  expect(selected).toEqual(['Grigory Zinoviev']);
});

test('if Cytoscape cannot be loaded, the canvas says so and the List view still works', async ({ page }) => {
  await page.route(/\/assets\/cytoscape[^/]*\.js$/, (route: Route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'The graph cannot be drawn' })).toBeVisible();
  expect((await listRows(page)).length).toBeGreaterThan(100);
});
