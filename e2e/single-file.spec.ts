/**
 * The one-file build (`npm run build:single`, run by `npm test` before the end-to-end tests): dist-single/allegiance.html
 * opens from file:// in Chromium with no server and draws the graph, its lazily loaded parts work, and its CSP
 * allows exactly its one inline script (by hash).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors();

const FILE = resolve('dist-single/allegiance.html');

test('the single HTML file opens from file:// and draws the graph; search and a panel work', async ({ page }) => {
  expect(existsSync(FILE), `${FILE} is missing: run \`npm run build:single\` first`).toBe(true);
  const html = readFileSync(FILE, 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).not.toContain('unsafe-inline\'; script'); // styles may be inline; scripts only by hash
  expect(html).not.toMatch(/<script[^>]+src=/); // nothing loaded from beside the file

  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  await waitForCanvas(page);
  const nodes = await page.evaluate(() => (document.querySelector('allegiance-app')!.shadowRoot!.querySelector('graph-canvas') as unknown as { instance: import('cytoscape').Core }).instance.nodes().length);
  expect(nodes).toBeGreaterThan(100);

  // Search is loaded on first use (inlined here): choose Trotsky, and the lazily loaded entity panel shows him.
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.fill('Trotsky');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
  await input.press('Enter');
  await expect(page.locator('entity-panel')).toContainText('Leon Trotsky');
  expect(blocked).toEqual([]);
});
