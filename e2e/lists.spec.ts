/**
 * Issue 11, "Lists that answer questions": the List view's filter, quotes and exports; Compare narrowed to one
 * entity; long entity panels grouped by period; the PNG's caption. At 1366×768 and 390×844.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp } from './helpers';

failOnPageErrors();

const list = (page: Page) => page.locator('relation-list');

/** Rows of the list as "source | relation | target". */
async function rowTexts(page: Page): Promise<string[]> {
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

    test('Stalin’s panel', async ({ page }) => {
      await openApp(page, '?e=stalin');
      await expect(page.locator('entity-panel h2')).toHaveText('Joseph Stalin');
      const height = await panelHeight(page);
      test.info().annotations.push({ type: 'Stalin panel height', description: `${height} px` });
      console.info(`Stalin panel height at ${name}: ${height} px`);
    });
  });
}
