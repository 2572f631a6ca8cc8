/**
 * The offline app: after one visit the service worker controls the page and has precached every file, so with
 * the network off a reload draws the graph, lazily loaded parts (the entity panel, the Betrayals tool) still open,
 * and a link with a view in its query string still resolves. The web manifest names installable PNG icons.
 */
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp, waitForCanvas } from './helpers';

failOnPageErrors();

/** Wait until a service worker is active and controls this page (one visit; clientsClaim on first install). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the app works offline: the graph draws, a tool and a panel open, a view link resolves', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await waitForServiceWorker(page);
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    return urls;
  });
  // Every chunk, the lazily loaded ones and the workers included, is in the cache.
  expect(precached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png']));
  expect(precached.some((p) => /\/assets\/entity-panel-.*\.js$/.test(p))).toBe(true);
  expect(precached.some((p) => /\/assets\/pipeline\.worker-.*\.js$/.test(p))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await waitForCanvas(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // A lazily loaded tool: the Betrayals list.
  await page.getByRole('group', { name: 'Tools' }).getByRole('button', { name: 'Betrayals' }).click();
  await expect(page.locator('betrayals-view h3').first()).toHaveText(/^Betrayals \(\d+\)$/);
  await page.locator('betrayals-view li').filter({ hasText: 'Joseph Stalin turned on Grigory Zinoviev' }).getByRole('button', { name: /Joseph Stalin turned on Grigory Zinoviev/ }).click();
  await expect(page).toHaveURL(/[?&]y=1925(&|$)/);

  // A view link opened offline (the navigation falls back to the cached page), and the lazily loaded entity panel.
  await page.goto('/?e=stalin&y=1927');
  await waitForCanvas(page);
  await expect(page.locator('entity-panel h2').first()).toContainText('Stalin');

  // A storyline in presenter mode, its code and the storylines both lazily loaded from the cache.
  await page.getByRole('toolbar', { name: 'View and export' }).getByRole('button', { name: 'Present' }).click();
  await page.getByRole('dialog', { name: 'Present a storyline' }).getByRole('button', { name: /The power struggle, 1922–29/ }).click({ timeout: 30_000 });
  const presenter = page.getByRole('dialog', { name: /^Presenting:/ });
  await expect(presenter.getByRole('status').first()).toHaveText('Step 1 of 10', { timeout: 30_000 });
  await presenter.getByRole('button', { name: 'Next step' }).click();
  await expect(presenter.getByRole('status').first()).toHaveText('Step 2 of 10');
  await context.setOffline(false);
});

test('the web manifest makes the app installable: name, start URL, standalone, 192 and 512 px PNG icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ short_name: 'Allegiance', display: 'standalone', start_url: '.' });
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === `${size}x${size}`);
    expect(icon?.type).toBe('image/png');
    const png = await request.get(new URL(icon.src, new URL(href!, 'http://x/')).pathname);
    expect(png.headers()['content-type']).toContain('image/png');
    const body = await png.body();
    // PNG signature, then IHDR width and height.
    expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]);
  }
});
