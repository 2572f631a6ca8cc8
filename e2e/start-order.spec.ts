/**
 * Start-up order (src/main.ts, src/vite/preload-app.ts): index.html preloads the app's chunk, so it downloads while the
 * first picture paints; the tiny entry asks for Cytoscape's chunk before the app runs, and starts the app only after the
 * picture's first paint. An app chunk that cannot be loaded gives a message, not a blank page.
 */
import { expect, test, type Route } from '@playwright/test';
import { failOnPageErrors, waitForCanvas } from './helpers';

/** Times (performance.now) at which the app element was defined and the first paint happened, recorded by the page. */
const RECORD = `
  window.startTimes = {};
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (name === 'allegiance-app') window.startTimes.appDefined = performance.now();
    return define(name, ...rest);
  };
`;

test.describe('start-up order', () => {
  failOnPageErrors();

  test('index.html preloads the app chunk; Cytoscape is asked for and the page painted before the app runs', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(preloads.some((href) => /\/assets\/start-app-[^/]+\.js$/.test(href))).toBe(true);
    // Cytoscape's chunk is not preloaded: the first-load budget counts preloads (scripts/check-bundle-budget.mjs).
    expect(preloads.some((href) => /cytoscape/.test(href))).toBe(false);

    await page.addInitScript(RECORD);
    await page.goto('/');
    await waitForCanvas(page);
    const t = await page.evaluate(() => {
      const start = (name: RegExp) => performance.getEntriesByType('resource').find((e) => name.test(e.name))?.startTime ?? NaN;
      return {
        appDefined: (window as unknown as { startTimes: { appDefined: number } }).startTimes.appDefined,
        appRequested: start(/\/assets\/start-app-[^/]+\.js$/),
        cytoscapeRequested: start(/\/assets\/cytoscape[^/]*\.js$/),
        firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      };
    });
    // The app chunk is asked for by the HTML, not once the entry has run (the entry's first act asks for Cytoscape).
    expect(t.appRequested).toBeLessThanOrEqual(t.cytoscapeRequested);
    expect(t.cytoscapeRequested).toBeLessThan(t.appDefined);
    expect(t.firstPaint).toBeLessThan(t.appDefined);
  });
});

test('an app chunk that cannot be loaded gives a message naming the problem', async ({ page }) => {
  await page.route(/\/assets\/start-app-[^/]+\.js$/, (route: Route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Allegiance could not start');
  await expect(page.getByRole('alert')).toContainText('Reload the page');
});
