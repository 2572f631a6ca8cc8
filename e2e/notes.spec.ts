/** The notes, one click away: the Notes view, names that select, excerpts that open their slide, search in the notes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { failOnPageErrors, openApp, searchAndSelect } from './helpers';

failOnPageErrors();

const notesView = 'notes-view';

test('a "Notes" control shows all 68 slides, verbatim, and keeps the choice in the URL', async ({ page }) => {
  await openApp(page);
  const show = page.getByRole('group', { name: 'Show as' });
  await show.getByRole('button', { name: 'Notes' }).click();
  await expect(show.getByRole('button', { name: 'Notes' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/view=notes/);
  await expect(page.locator(`${notesView} section`)).toHaveCount(68);
  // The bullet's words, verbatim (its "Add to plan" control beside them is not part of the text).
  const words = (li: Element) => [...li.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE && n.nodeName !== 'ADD-TO-PLAN').map((n) => n.textContent).join('').trim();
  await expect.poll(() => page.locator(`${notesView} section[data-slide="33"] li`).first().evaluate(words)).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo');
  await expect(page.locator(`${notesView} section[data-slide="33"] h4`)).toHaveText('Attitudes towards Trotsky');
  // axe over the page without the notes, then over two whole slides (all 68 at once outlast the test's time here).
  const problems = async (builder: AxeBuilder) => (await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  test.setTimeout(150_000);
  expect(await problems(new AxeBuilder({ page }).exclude({ fromShadowDom: ['allegiance-app', notesView] }))).toEqual([]);
  expect(await problems(new AxeBuilder({ page }).include({ fromShadowDom: ['allegiance-app', notesView, '#slide-33'] }))).toEqual([]);
  await show.getByRole('button', { name: 'Graph' }).click();
  await expect(page.locator(notesView)).toHaveCount(0);
  await page.goBack();
  await expect(page.locator(`${notesView} section`)).toHaveCount(68);
});

test('a name in the notes selects its entity', async ({ page }) => {
  await openApp(page, '?view=notes&s=33');
  await page.locator(`${notesView} section[data-slide="33"] li`).first().getByRole('button', { name: 'Zinoviev', exact: true }).click();
  await expect(page.locator('.panel h2')).toHaveText('Grigory Zinoviev');
  await expect(page).toHaveURL(/e=zinoviev/);
  await expect(page).toHaveURL(/view=notes/);
});

test('an excerpt in a panel opens its slide in the notes with the quote marked and in view', async ({ page }) => {
  await openApp(page, '?e=zinoviev');
  const excerpt = page.locator('entity-panel .excerpts note-excerpt').filter({ hasText: 'unofficial triumvirate' }).first();
  await excerpt.getByRole('button', { name: /^Slide 33 · .*read it in the notes$/ }).click();
  await expect(page).toHaveURL(/view=notes&s=33&hl=/);
  const marks = page.locator(`${notesView} section[data-slide="33"] mark`);
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join('').replace(/\s+/g, ' ')).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo');
  await expect(marks.first()).toBeInViewport();
  await expect(page.locator(`${notesView} section:not([data-slide="33"]) mark`)).toHaveCount(0);
});

test('relation evidence links to its slide too', async ({ page }) => {
  await openApp(page, '?e=zinoviev');
  // Long panels group relations by period, the latest open: open 1922–28, where the alliance is.
  const period = page.locator('entity-panel details.period').filter({ has: page.locator('summary', { hasText: /^1922–28/ }) });
  if (!(await period.evaluate((d: HTMLDetailsElement) => d.open))) await period.locator('summary').click();
  const item = page.locator('entity-panel .relations > li').filter({ hasText: /allied with\s+Joseph Stalin/ }).first();
  await item.getByRole('button', { name: /^Evidence/ }).click();
  const cite = item.getByRole('button', { name: /read it in the notes$/ }).first();
  const label = (await cite.getAttribute('aria-label'))!;
  const slide = /^Slide (\d+)/.exec(label)![1];
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`view=notes&s=${slide}&hl=`));
  await expect(page.locator(`${notesView} section[data-slide="${slide}"] mark`).first()).toBeInViewport();
});

test('search finds "power base" in the notes on slides 33 and 40, listed apart, and opens the slide', async ({ page }) => {
  await openApp(page);
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.fill('power base');
  const group = page.getByRole('group', { name: 'In the notes' });
  await expect(group.getByRole('option')).toHaveCount(2);
  await expect(group.getByRole('option').nth(0)).toContainText('Slide 33');
  await expect(group.getByRole('option').nth(1)).toContainText('Slide 40');
  await group.getByRole('option').nth(1).click();
  await expect(page).toHaveURL(/view=notes&s=40&hl=power%20base/);
  const mark = page.locator(`${notesView} section[data-slide="40"] mark`);
  await expect(mark).toHaveText('power base');
  await expect(mark).toBeInViewport();
  // Entities are still found as before.
  await searchAndSelect(page, 'Zinoviev');
  await expect(page.locator('.panel h2')).toHaveText('Grigory Zinoviev');
});

test('the first load does not carry the whole notes: they come as their own chunk when the Notes view opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  await openApp(page);
  const before = scripts.length;
  const notesChunkText = async () => {
    for (const url of scripts) if ((await (await page.request.get(url)).text()).includes('Attitudes towards Trotsky')) return url;
    return null;
  };
  expect(await notesChunkText(), 'no loaded script holds a heading-only line of the notes').toBeNull();
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Notes' }).click();
  await expect(page.locator(`${notesView} section`)).toHaveCount(68);
  expect(scripts.length).toBeGreaterThan(before);
  expect(await notesChunkText()).not.toBeNull();
});
