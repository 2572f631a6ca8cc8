/**
 * Issue 11, "Lists that answer questions": the List view's filter, quotes and exports; Compare narrowed to one
 * entity; long entity panels grouped by period; the PNG's caption. At 1366×768 and 390×844.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp, pngSize } from './helpers';

failOnPageErrors();

// The welcome has its own tests (screens.spec.ts); here it is seen already.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('allegiance:welcome-seen', '1'));
});

const list = (page: Page) => page.locator('relation-list');

/** Rows of the list as "source | relation | target" (once it shows rows: the List view may draw after the canvas). */
async function rowTexts(page: Page): Promise<string[]> {
  await expect(list(page).locator('tbody tr').first()).toBeAttached();
  return list(page).locator('tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].slice(0, 3).map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ')));
}

/** A file the page downloads when `click` runs: its name and text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** The entity panel's height in CSS pixels (all of it, scrolled or not). */
async function panelHeight(page: Page): Promise<number> {
  return page.locator('entity-panel').evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

for (const [name, viewport] of [
  ['1366', { width: 1366, height: 768 }],
  ['390', { width: 390, height: 844 }],
] as const) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the List view filters by words, shows quotes on demand, and keeps both in the URL', async ({ page }) => {
      await openApp(page, '?y=1936&list=1');
      const all = await rowTexts(page);
      expect(all.length).toBeGreaterThan(10);
      const filter = list(page).getByLabel('Filter relations');
      await filter.fill('purged');
      await expect(page).toHaveURL(/[?&]lq=purged(&|$)/);
      const purged = await rowTexts(page);
      expect(purged.length).toBeGreaterThan(0);
      expect(purged.length).toBeLessThan(all.length);
      for (const r of purged) expect(r.split(' | ')[1]).toMatch(/purged/);
      await expect(list(page).locator('caption')).toContainText(`${purged.length} of ${all.length} relations matching “purged”`);
      // A year and a word from a quote.
      await filter.fill('Kamanev 1936');
      await expect(page).toHaveURL(/[?&]lq=Kamanev%201936(&|$)/);
      expect((await rowTexts(page)).length).toBeGreaterThan(0);

      await list(page).getByRole('checkbox', { name: 'Show quotes' }).check();
      await expect(page).toHaveURL(/[?&]lquotes=1(&|$)/);
      const first = list(page).locator('tbody tr').first().locator('note-excerpt').first();
      await expect(first.locator('blockquote')).toContainText(/Kamanev/);
      await expect(first.locator('figcaption')).toContainText(/^Slide \d+/);
      await page.screenshot({ path: `/tmp/lists/list-quotes-${name}.png` });
      // The table scrolls inside the list, never the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      // Reload: the same filter and quotes; clearing the filter brings every row back.
      await page.reload();
      await expect(list(page).getByLabel('Filter relations')).toHaveValue('Kamanev 1936');
      await expect(list(page).locator('tbody note-excerpt').first()).toBeVisible();
      await list(page).getByLabel('Filter relations').fill('');
      await expect(page).not.toHaveURL(/lq=/);
      expect(await rowTexts(page)).toEqual(all);
      await page.goBack();
      await expect(list(page).getByLabel('Filter relations')).toHaveValue('Kamanev 1936');
    });

    test('the List view exports what it shows as CSV and Markdown, quotes verbatim with slides', async ({ page }) => {
      await openApp(page, '?y=1936&list=1&lq=purged');
      const shown = await rowTexts(page);
      const csv = await download(page, () => list(page).getByRole('button', { name: 'Export CSV' }).click());
      expect(csv.name).toBe('allegiance-relations-1936-purged.csv');
      const lines = csv.text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
      expect(lines[0]).toBe('Source,Relation,Target,Dates,Certainty,Date source,Slide,Slide title,Quote,Relation key');
      // One line per quote of each shown relation, in the order shown.
      const relationsInCsv = [...new Set(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(' | ')))];
      expect(relationsInCsv).toEqual(shown);
      const md = await download(page, () => list(page).getByRole('button', { name: 'Export Markdown' }).click());
      expect(md.name).toBe('allegiance-relations-1936-purged.md');
      expect(md.text).toMatch(/^# Relations in view in 1936\n\nFrom \*Bolshevik/);
      expect(md.text).toContain('filtered by “purged”');
      expect(md.text.match(/^- \*\*/gm)).toHaveLength(shown.length);
      // Every quote in the Markdown is word for word one of the graph's quotes, with its slide.
      const quotes = [...md.text.matchAll(/^ {2}> (?!— slide)(.*)\n {2}> — slide (\d+)/gm)].map((m) => [m[1]!, Number(m[2])] as const);
      expect(quotes.length).toBeGreaterThanOrEqual(shown.length);
      const known = await page.evaluate(() => {
        const app = document.querySelector('allegiance-app') as unknown as { app: { graph: { forEachEdge(f: (k: string, a: { evidence: { slide: number; quote: string }[] }) => void): void } } };
        const out: string[] = [];
        app.app.graph.forEachEdge((_k, a) => a.evidence.forEach((e) => out.push(`${e.slide}|${e.quote}`)));
        return out;
      });
      for (const [quote, slide] of quotes) expect(known).toContain(`${slide}|${quote}`);
    });

    test('Compare 1925 → 1936 narrows to Stalin and clears back to everyone', async ({ page }) => {
      await openApp(page, '?tool=compare&ca=1925&cb=1936');
      const compare = page.locator('year-compare');
      const items = compare.locator('li[data-edge]');
      await expect(items.first()).toBeVisible();
      const everyone = await items.count();
      await compare.getByLabel('Narrow to entity').selectOption('stalin');
      await expect(page).toHaveURL(/[?&]cn=stalin(&|$)/);
      await expect(compare.locator('.status')).toContainText('for Joseph Stalin');
      const edges = await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-edge')!));
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.length).toBeLessThan(everyone);
      for (const e of edges) expect(e.split(/[>@]/).filter((_, i) => i === 0 || i === 2)).toContain('stalin');
      await page.screenshot({ path: `/tmp/lists/compare-stalin-${name}.png` });
      await page.reload();
      await expect(compare.getByLabel('Narrow to entity')).toHaveValue('stalin');
      await expect(items).toHaveCount(edges.length);
      await compare.getByRole('button', { name: 'Show everyone' }).click();
      await expect(page).not.toHaveURL(/cn=/);
      await expect(items).toHaveCount(everyone);
      test.info().annotations.push({ type: 'compare 1925→1936', description: `${everyone} relations for everyone, ${edges.length} for Stalin` });
    });

    test('Stalin’s long panel groups relations by period, the year’s period open, the others collapsed', async ({ page }) => {
      await openApp(page, '?e=stalin&y=1925');
      const panel = page.locator('entity-panel');
      await expect(panel.locator('h2')).toHaveText('Joseph Stalin');
      const periods = panel.locator('details.period');
      await expect(periods.first()).toBeAttached();
      const open = await periods.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).map((d) => d.querySelector('summary')!.textContent!.trim()));
      expect(open).toHaveLength(1);
      expect(open[0]).toMatch(/^1922–28 \(\d+ relations\)$/);
      const height = await panelHeight(page);
      test.info().annotations.push({ type: 'Stalin panel height, 1925', description: `${height} px` });
      console.info(`Stalin panel height at ${name}, year 1925: ${height} px`);
      // An older period opens from the keyboard, by its name.
      const older = panel.getByText(/^1917–21 \(/);
      await older.focus();
      await page.keyboard.press('Enter');
      await expect(panel.locator('details.period[data-period="1917-21"]')).toHaveJSProperty('open', true);
      await expect(panel.locator('details.period[data-period="1917-21"] .relations > li').first()).toBeVisible();
      await page.screenshot({ path: `/tmp/lists/stalin-panel-${name}.png` });
      // Another year opens its own period.
      await openApp(page, '?e=stalin&y=1937');
      await expect(panel.locator('details.period[data-period="1929-40"]')).toHaveJSProperty('open', true);
      await expect(panel.locator('details.period[data-period="1922-28"]')).toHaveJSProperty('open', false);
      await openApp(page, '?e=stalin');
      console.info(`Stalin panel height at ${name}, all years: ${await panelHeight(page)} px`);
    });

    test('the PNG carries a caption band with the notes’ title, the year and the filters', async ({ page }) => {
      await openApp(page, '?y=1925&k=person,faction');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
      expect(file.suggestedFilename()).toBe('allegiance-1925.png');
      const captioned = pngSize(await readFile((await file.path())!));
      // The same drawing without a caption, from the canvas itself.
      const plain = await page.evaluate(async () => {
        const canvas = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('graph-canvas') as unknown as { exportPng(caption?: string[]): Promise<Blob> };
        const bitmap = await createImageBitmap(await canvas.exportPng());
        return { width: bitmap.width, height: bitmap.height };
      });
      expect(captioned.width).toBe(plain.width);
      expect(captioned.height - plain.height).toBeGreaterThan(3 * 15 * 2);
    });
  });
}
