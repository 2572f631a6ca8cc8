import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { between, canvasClasses, inkShare, listRows, openApp, pngSize, searchAndSelect, setYear, shownCanvasNodes, waitForCanvas, failOnPageErrors } from './helpers';

const STALIN = 'Joseph Stalin';
const ZINOVIEV = 'Grigory Zinoviev';
const TRIUMVIRATE = 'Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo';

const panelHeading = (page: Page) => page.locator('.panel h2');

failOnPageErrors();

test('search finds Zinoviev and his panel quotes the triumvirate bullet of slide 33', async ({ page }) => {
  await openApp(page);
  await searchAndSelect(page, 'Zinoviev');
  await expect(panelHeading(page)).toHaveText(ZINOVIEV);
  await expect(panelHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/\?e=zinoviev$/);
  const excerpt = page.locator('entity-panel .excerpts note-excerpt').filter({ hasText: TRIUMVIRATE });
  await expect(excerpt).toHaveCount(1);
  await expect(excerpt.locator('mark')).toHaveText(['Zinoviev']);
  await expect(excerpt.locator('figcaption')).toHaveText(/^Slide 33 · /);
  // Misspellings are tolerated.
  await searchAndSelect(page, 'trotksy');
  await expect(panelHeading(page)).toHaveText('Leon Trotsky');
  await searchAndSelect(page, 'Kamanev');
  await expect(panelHeading(page)).toHaveText('Lev Kamenev');
});

test('the Stalin–Zinoviev relation changes from alliance (1925) to purge (1936)', async ({ page }) => {
  await openApp(page);
  await setYear(page, 1925);
  let pair = between(await listRows(page), STALIN, ZINOVIEV);
  expect(pair.map((r) => r.relation)).toContain('allied with');
  expect(pair.some((r) => r.relation.startsWith('purged'))).toBe(false);
  const alliance = pair.find((r) => r.relation === 'allied with')!.edge;

  await setYear(page, 1936);
  pair = between(await listRows(page), STALIN, ZINOVIEV);
  expect(pair.map((r) => r.relation)).not.toContain('allied with');
  const purge = pair.find((r) => r.relation.startsWith('purged') && r.source === STALIN && r.target === ZINOVIEV);
  expect(purge, 'a Stalin → Zinoviev purge in 1936').toBeTruthy();
  expect(purge!.dates).toMatch(/1936/);

  // The canvas agrees: the alliance is hidden in 1936, the purge is not.
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Graph' }).click();
  const classes = await canvasClasses(page, [alliance, purge!.edge]);
  expect(classes[alliance]).toContain('hidden');
  expect(classes[purge!.edge]).not.toContain('hidden');
  await expect(page).toHaveURL(/y=1936/);
});

test('an edge’s evidence opens from the panel, then the relation panel shows it', async ({ page }) => {
  await openApp(page, '?e=zinoviev');
  // Long panels group relations by period, the latest open: open 1922–28, where the alliance is.
  const period = page.locator('entity-panel details.period').filter({ has: page.locator('summary', { hasText: /^1922–28/ }) });
  if (!(await period.evaluate((d: HTMLDetailsElement) => d.open))) await period.locator('summary').click();
  const item = page.locator('entity-panel .relations > li').filter({ hasText: /allied with\s+Joseph Stalin/ }).first();
  const toggle = item.getByRole('button', { name: /^Evidence/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const quote = item.locator('note-excerpt').first();
  await expect(quote.locator('figcaption')).toHaveText(/^Slide \d+ · \S/);
  await item.getByRole('button', { name: 'Relation details' }).click();
  await expect(panelHeading(page)).toHaveText(/Joseph Stalin allied with Grigory Zinoviev|Grigory Zinoviev allied with Joseph Stalin/);
  await expect(page.locator('relation-panel dt')).toHaveText(['From', 'To', 'Dates', 'Certainty', 'Date source']);
  await expect(page.locator('relation-panel note-excerpt').first().locator('blockquote')).not.toBeEmpty();
  await expect(page).toHaveURL(/e=zinoviev&r=/);
  // Back to Zinoviev from the relation.
  await page.getByRole('button', { name: `← Back to ${ZINOVIEV}` }).click();
  await expect(panelHeading(page)).toHaveText(ZINOVIEV);
});

test('an edge opens from the list view with the keyboard', async ({ page }) => {
  await openApp(page, '?y=1936&list=1');
  const first = page.locator('relation-list tbody tr').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  const second = page.locator('relation-list tbody tr').nth(1);
  await expect(second).toBeFocused();
  const edge = await second.getAttribute('data-edge');
  await page.keyboard.press('Enter');
  await expect(page.locator('relation-panel h2')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('r')).toBe(edge);
});

test('filtering to people only leaves only people', async ({ page }) => {
  await openApp(page);
  const kinds = page.getByRole('group', { name: /Entity kinds/ });
  await kinds.getByRole('button', { name: 'Hide all entity kinds' }).click();
  await kinds.getByRole('checkbox', { name: /^Person/ }).check();
  await expect(page).toHaveURL(/k=person$/);
  const shown = await shownCanvasNodes(page);
  expect(shown.length).toBeGreaterThan(5);
  expect(new Set(shown.map(([, kind]) => kind))).toEqual(new Set(['person']));
  await expect(page.locator('main .summary')).toHaveText(new RegExp(`^${shown.length} of \\d+ entities`));
});

test('a shared URL reloads the same view', async ({ page, context }) => {
  await openApp(page);
  await searchAndSelect(page, 'Zinoviev');
  await setYear(page, 1925);
  await page.getByRole('radio', { name: 'Fade' }).check();
  await page.getByRole('button', { name: 'List' }).click();
  const url = page.url();
  expect(new URL(url).search).toBe('?e=zinoviev&y=1925&m=fade&list=1');
  const rowsBefore = await listRows(page);

  const other = await context.newPage();
  await other.goto(url);
  await waitForCanvas(other);
  await expect(panelHeading(other)).toHaveText(ZINOVIEV);
  await expect(other.locator('year-slider output')).toHaveText('1925');
  await expect(other.getByRole('radio', { name: 'Fade' })).toBeChecked();
  expect(await listRows(other)).toEqual(rowsBefore);
  await other.close();
});

test('back and forward step through views; dragging the year makes one step', async ({ page }) => {
  await openApp(page);
  await searchAndSelect(page, 'Zinoviev');
  await searchAndSelect(page, 'Stalin');
  await expect(panelHeading(page)).toHaveText(STALIN);
  for (const y of [1920, 1921, 1922, 1923]) await setYear(page, y); // one drag
  await page.getByRole('checkbox', { name: 'All years' }).check(); // a step of its own
  await expect(page.locator('year-slider output')).toHaveText('All years');
  await page.goBack();
  await expect(page.locator('year-slider output')).toHaveText('1923');
  await page.goBack();
  await expect(page.locator('year-slider output')).toHaveText('All years');
  await expect(panelHeading(page)).toHaveText(STALIN);
  await page.goBack();
  await expect(panelHeading(page)).toHaveText(ZINOVIEV);
  await page.goForward();
  await expect(panelHeading(page)).toHaveText(STALIN);
  await page.goForward();
  await expect(page.locator('year-slider output')).toHaveText('1923');
});

test('a malformed link is ignored politely, naming what was wrong', async ({ page }) => {
  await openApp(page, '?e=stalinn&y=1925&k=person,robot');
  const notice = page.locator('app-notice [role="status"]');
  await expect(notice).toContainText('unknown entity “stalinn”');
  await expect(notice).toContainText('unknown kind “robot”');
  await expect(page.locator('year-slider output')).toHaveText('1925');
  await expect(page).toHaveURL(/\?y=1925&k=person$/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeEmpty();
});

test('Export PNG downloads a non-blank picture of the view', async ({ page }) => {
  await openApp(page, '?e=zinoviev&y=1925');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(download.suggestedFilename()).toBe('allegiance-zinoviev-1925.png');
  const bytes = await readFile((await download.path())!);
  const { width, height } = pngSize(bytes);
  expect(width).toBeGreaterThan(300);
  expect(height).toBeGreaterThan(300);
  expect(bytes.length).toBeGreaterThan(20_000);
  const ink = await inkShare(page, bytes);
  expect(ink).toBeGreaterThan(0.01);
});

test('Copy link copies the view’s URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?e=stalin&y=1930');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('app-notice [role="status"]')).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('keyboard: "/" focuses the search, Escape clears it', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 5, y: 760 } });
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search' });
  await expect(search).toBeFocused();
  await page.keyboard.type('lenin');
  await expect(search).toHaveValue('lenin');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  // Slider with the keyboard.
  const year = page.getByRole('slider', { name: 'Year' });
  await year.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('year-slider output')).toHaveText(/^\d{4}$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  for (const query of ['?e=zinoviev&y=1925', '?y=1936&list=1&r=__first__']) {
    test(`controls are at least 44 px (${query})`, async ({ page }) => {
      await openApp(page, query.replace('&r=__first__', ''));
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      if (query.includes('e=')) await page.locator('entity-panel .toggle:visible').first().click();
      else await page.locator('relation-list tbody tr').first().click();
      await page.getByRole('combobox', { name: 'Search' }).fill('stal');
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll<HTMLElement>('button, input, select, [role="option"], label')) {
            const r = el.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1) continue; // not rendered, or visually hidden
            const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
            if (['graph-canvas', 'graph-legend'].includes(host)) continue; // the canvas engineer's elements
            const target = el.localName === 'input' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type) ? el.closest('label') ?? el : el;
            const box = target.getBoundingClientRect();
            if (box.height < 43.5 || box.width < 43.5) out.push(`${host} ${el.localName}${el.id ? '#' + el.id : ''} “${(el.textContent ?? '').trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        return out;
      });
      expect(small).toEqual([]);
    });
  }
});

for (const [name, query] of [
  ['the default view', ''],
  ['an entity panel with evidence open', '?e=zinoviev&y=1925'],
  ['the list view with a relation panel', '?y=1936&list=1&r=__first__'],
] as const) {
  test(`axe: no serious or critical violations in ${name}`, async ({ page }) => {
    await openApp(page, query.replace('&r=__first__', ''));
    if (query.includes('e=zinoviev')) await page.locator('entity-panel .toggle:visible').first().click();
    if (query.includes('__first__')) await page.locator('relation-list tbody tr').first().click();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
  });
}

test('measured: a year change shows within a frame budget; a keystroke gives suggestions fast', async ({ page }) => {
  await openApp(page);
  const yearMs = await page.evaluate(async () => {
    const app = document.querySelector('allegiance-app')! as HTMLElement & { updateComplete: Promise<unknown> };
    const input = app.shadowRoot!.querySelector('year-slider')!.shadowRoot!.querySelector('input[type="range"]') as HTMLInputElement;
    const canvas = app.shadowRoot!.querySelector('graph-canvas') as HTMLElement & { updateComplete: Promise<unknown> };
    const times: number[] = [];
    const updates: number[] = [];
    const classes: number[] = [];
    for (let y = 1917; y <= 1953; y++) {
      await new Promise(requestAnimationFrame);
      const t0 = performance.now();
      input.value = String(y);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await app.updateComplete;
      await canvas.updateComplete;
      updates.push(performance.now() - t0); // state → URL → visible sets → panels → canvas classes
      classes.push((canvas as unknown as { lastViewChangeMs?: number }).lastViewChangeMs ?? Number.NaN);
      await new Promise(requestAnimationFrame); // the frame that shows it
      times.push(performance.now() - t0);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { median: median(times), max: Math.max(...times), updateMedian: median(updates), canvasClassesMedian: median(classes) };
  });
  const searchMs = await page.evaluate(async () => {
    const search = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('entity-search')! as HTMLElement & { updateComplete: Promise<unknown>; ready(): Promise<unknown> };
    const input = search.shadowRoot!.querySelector('input')!;
    const first = performance.now();
    await search.ready(); // loads the search code and builds the index, once
    const build = performance.now() - first;
    const times: number[] = [];
    for (const q of ['z', 'zi', 'zin', 'zino', 'trotksy', 'kamanev', 'collectivisation']) {
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await new Promise((r) => setTimeout(r, 0));
      await search.updateComplete;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { build, median: times[Math.floor(times.length / 2)]!, max: times.at(-1)! };
  });
  test.info().annotations.push({ type: 'year change (ms)', description: JSON.stringify(yearMs) }, { type: 'search keystroke (ms)', description: JSON.stringify(searchMs) });
  console.log('year change ms', yearMs, 'search ms', searchMs);
  // Reported, not asserted: speed is judged by `npm run bench`, not by timed assertions that flake.
  expect(yearMs.median).toBeGreaterThan(0);
  expect(searchMs.median).toBeGreaterThan(0);
});
