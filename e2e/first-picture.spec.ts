import { expect, test, type Route } from '@playwright/test';
import { waitForCanvas } from './helpers';

/** Whether the first picture is still anywhere: in the page, or taken into the graph canvas. */
const pictureAnywhere = () =>
  !!document.getElementById('first-picture') || !!document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.getElementById('first-picture');

/**
 * The first picture: the built index.html already holds the graph as a static SVG (aria-hidden), drawn before any
 * script runs; once Cytoscape has drawn, the SVG is gone. The app's JavaScript is held back here so the picture is
 * seen on its own; a screenshot before and after is attached for a person to compare.
 */
test('the graph is drawn from index.html before the scripts run, and the canvas takes over', async ({ page }, testInfo) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });

  const picture = page.locator('#first-picture');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('aria-hidden', 'true');
  const circles = await picture.locator('circle').count();
  // Relations are drawn as one path per tone, a move-to (M) per relation.
  const lines = await picture.locator('path').evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0));
  await expect(picture.locator('text').first()).toBeVisible();
  expect(await page.evaluate(() => customElements.get('allegiance-app'))).toBeUndefined(); // no script has run yet
  await page.screenshot({ path: testInfo.outputPath('before.png') });
  await testInfo.attach('before', { path: testInfo.outputPath('before.png'), contentType: 'image/png' });

  release();
  await waitForCanvas(page);
  const drawn = await page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(): unknown[]; edges(): unknown[] } };
    return { nodes: canvas.instance.nodes().length, edges: canvas.instance.edges().length };
  });
  // The picture drew the same graph the canvas draws: every entity and every relation.
  expect(circles).toBe(drawn.nodes);
  expect(lines).toBe(drawn.edges);
  await expect
    .poll(() => page.evaluate(pictureAnywhere))
    .toBe(false);
  await page.screenshot({ path: testInfo.outputPath('after.png') });
  await testInfo.attach('after', { path: testInfo.outputPath('after.png'), contentType: 'image/png' });
});

test('opened on the List view, the picture goes too once the canvas under the list has drawn', async ({ page }) => {
  await page.goto('/?list=1');
  await waitForCanvas(page);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect.poll(() => page.evaluate(pictureAnywhere)).toBe(false);
});
