/** Every screen width, touch and keyboard: no sideways scroll, the filters drawer, the panel sheet, ±1 year, the skip link and tab order, the welcome. */
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp, setYear } from './helpers';

failOnPageErrors();
// These tests show the first-visit welcome themselves: start with nothing remembered (the config dismisses it).
test.use({ storageState: { cookies: [], origins: [] } });

const SCREENS = [
  { name: '1366×768', use: { viewport: { width: 1366, height: 768 } }, narrow: false, touch: false },
  { name: '1920×1080 touch', use: { viewport: { width: 1920, height: 1080 }, hasTouch: true }, narrow: false, touch: true },
  { name: '390×844 phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 }, narrow: true, touch: true },
  { name: '200% zoom (683×384)', use: { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }, narrow: true, touch: false },
] as const;

/** Skip the welcome (its own tests below show it). */
async function seenWelcome(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('allegiance:welcome-seen', '1'));
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use(screen.use);

    test('nothing scrolls sideways: first view, a selection, the list, the notes, a tool', async ({ page }) => {
      test.setTimeout(180_000);
      await openApp(page);
      expect(await noSidewaysScroll(page), 'first view with the welcome').toBe(true);
      await page.getByRole('button', { name: 'Got it' }).click();
      // Saved work's controls stay on screen: Backup, and the save status once the Key's state is saved.
      await expect(page.getByRole('button', { name: 'Backup' })).toBeInViewport();
      await page.locator('graph-legend').getByRole('button', { name: /Key/ }).click();
      await expect(page.locator('save-status').getByText('Saved')).toBeVisible({ timeout: 15_000 });
      await page.evaluate(() => scrollTo(0, 0)); // narrow screens scroll down to the Key; the header is at the top
      await expect(page.locator('save-status').getByText('Saved')).toBeInViewport();
      expect(await noSidewaysScroll(page), 'Backup and the save status shown').toBe(true);
      await openApp(page, '?e=stalin&y=1925');
      expect(await noSidewaysScroll(page), 'Stalin selected').toBe(true);
      await openApp(page, '?list=1&y=1930');
      await expect(page.locator('relation-list table')).toBeVisible();
      expect(await noSidewaysScroll(page), 'the list').toBe(true);
      await openApp(page, '?view=notes&s=33');
      await expect(page.locator('notes-view section')).toHaveCount(68);
      expect(await noSidewaysScroll(page), 'the notes').toBe(true);
      await openApp(page, '?tool=compare&ca=1925&cb=1936');
      expect(await noSidewaysScroll(page), 'a tool open').toBe(true);
    });

    test('the filters are beside the graph on wide screens and a drawer on narrow ones', async ({ page }) => {
      await seenWelcome(page);
      await openApp(page);
      const button = page.getByRole('button', { name: 'Filters', exact: true });
      const kinds = page.locator('filter-panel').getByRole('checkbox', { name: /^Person/ });
      if (!screen.narrow) {
        await expect(button).toBeHidden();
        await expect(kinds).toBeVisible();
        return;
      }
      await expect(kinds).toBeHidden();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await button.click();
      await expect(kinds).toBeVisible();
      await expect(page.getByRole('button', { name: 'Close filters' })).toBeFocused();
      await kinds.uncheck();
      await expect(page).toHaveURL(/k=/);
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect(kinds).toBeHidden();
      await expect(button).toBeFocused();
    });

    test('a selection keeps the graph in view (at least 40% of the height) beside or above the panel', async ({ page }) => {
      await seenWelcome(page);
      await openApp(page, '?e=stalin');
      await expect(page.locator('.panel h2')).toHaveText('Joseph Stalin');
      await page.waitForFunction(() => {
        const app = document.querySelector('allegiance-app')!.shadowRoot!;
        const stage = app.querySelector('.stage')!.getBoundingClientRect();
        return stage.top < innerHeight * 0.2;
      }, undefined, { timeout: screen.narrow ? 5000 : 100 }).catch(() => undefined);
      const shown = await page.evaluate(() => {
        const app = document.querySelector('allegiance-app')!.shadowRoot!;
        const stage = app.querySelector('.stage')!.getBoundingClientRect();
        const panel = app.querySelector('.panel')!.getBoundingClientRect();
        // The part of the drawing on screen and not under the panel.
        const covered = panel.left < stage.right && panel.right > stage.left;
        const bottom = Math.min(stage.bottom, innerHeight, covered ? panel.top : Infinity);
        const top = Math.max(stage.top, 0);
        const right = Math.min(stage.right, innerWidth, covered && panel.top > top + 1 ? Infinity : panel.left > stage.left ? panel.left : Infinity);
        return { height: bottom - top, width: right - Math.max(stage.left, 0), innerHeight, innerWidth };
      });
      expect(shown.height / shown.innerHeight).toBeGreaterThanOrEqual(0.4);
      expect(shown.width).toBeGreaterThan(shown.innerWidth * 0.35);
    });

    test('the dataset actions sit in the header’s Dataset menu: on wide screens one header row and two toolbar rows', async ({ page }) => {
      await seenWelcome(page);
      await openApp(page);
      const rows = await page.evaluate(() => {
        const app = document.querySelector('allegiance-app')!.shadowRoot!;
        // The rows a container's controls sit in: their vertical centres, inside shadow roots, a new row where the
        // next centre is more than 16 px lower.
        const rowsOf = (root: Element) => {
          const centres: number[] = [];
          const walk = (node: Element | ShadowRoot) => {
            for (const el of node.querySelectorAll<HTMLElement>('button, input, select')) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.height > 0 && r.bottom > 0) centres.push(r.top + r.height / 2); // not the skip link, above the page
            }
            for (const host of node.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
          };
          walk(root);
          centres.sort((a, b) => a - b);
          return centres.filter((c, i) => i === 0 || c - centres[i - 1]! > 16).length;
        };
        return { header: rowsOf(app.querySelector('header')!), toolstrip: rowsOf(app.querySelector('.toolstrip')!) };
      });
      if (!screen.narrow) expect(rows).toEqual({ header: 1, toolstrip: 2 });
      for (const name of ['Import notes', 'Export dataset (.zip)']) await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
      const menu = page.getByRole('banner').getByRole('button', { name: /^Dataset: Bolshevik and Stalinist Russia/ });
      await expect(menu).toBeInViewport();
      await menu.click();
      const actions = page.getByRole('group', { name: 'Dataset actions' });
      for (const name of ['Open dataset…', 'Import notes', 'Export dataset (.zip)']) await expect(actions.getByRole('button', { name, exact: true })).toBeInViewport();
      expect(await noSidewaysScroll(page), 'the Dataset menu open').toBe(true);
      await actions.getByRole('button', { name: 'Open dataset…' }).click();
      await expect(page.getByLabel('Pick files')).toBeInViewport();
      expect(await noSidewaysScroll(page), 'the Open dataset panel').toBe(true);
      await page.keyboard.press('Escape');
      await expect(menu).toBeFocused();
      await expect(page.getByLabel('Pick files')).toBeHidden();
    });

    test('touch: ±1 year beside the slider and controls at least 44 px; otherwise no ±1 buttons', async ({ page }) => {
      await seenWelcome(page);
      await openApp(page);
      const next = page.getByRole('button', { name: 'Next year' });
      const previous = page.getByRole('button', { name: 'Previous year' });
      if (!screen.touch) {
        await expect(next).toBeHidden();
        return;
      }
      await setYear(page, 1925);
      await next.click();
      await expect(page.locator('year-slider output')).toHaveText('1926');
      await previous.click();
      await previous.click();
      await expect(page.locator('year-slider output')).toHaveText('1924');
      await expect(page).toHaveURL(/y=1924/);
      // The Dataset menu open, so its actions are measured too.
      await page.getByRole('banner').getByRole('button', { name: /^Dataset:/ }).click();
      await expect(page.getByRole('button', { name: 'Import notes', exact: true })).toBeVisible();
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll<HTMLElement>('button, input, select, [role="combobox"]')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) continue; // their label is the target
            if (r.height < 44 || r.width < 44) out.push(`${el.localName} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 20)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
          }
          for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
        };
        walk(document);
        return out;
      });
      expect(small).toEqual([]);
    });

    test('with nothing remembered, the Key starts closed below 1400 px and open on wider screens', async ({ page }) => {
      await seenWelcome(page);
      await openApp(page);
      const open = screen.use.viewport.width >= 1400;
      await expect(page.locator('graph-legend').getByRole('button', { name: /Key/ })).toHaveAttribute('aria-expanded', String(open));
    });
  });
}

/** The focused element, inside shadow roots, as a short description. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
    return `${host}:${el.localName}:${el.getAttribute('aria-label') ?? el.getAttribute('part') ?? (el.textContent ?? '').trim().slice(0, 30)}`;
  });

test.describe('keyboard', () => {
  test('the Dataset menu: ArrowDown opens it, arrows move, Escape closes back to its button, Tab leaves; Enter runs an action', async ({ page }) => {
    await seenWelcome(page);
    await openApp(page);
    const menu = page.getByRole('banner').getByRole('button', { name: /^Dataset:/ });
    await expect(menu).toHaveAttribute('aria-haspopup', 'true');
    await menu.focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(await focused(page)).toBe('dataset-menu:button:Open dataset…');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('dataset-menu:button:Import notes');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('dataset-menu:button:Export dataset (.zip)');
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('dataset-menu:button:Open dataset…');
    await page.keyboard.press('Tab');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(await focused(page)).toMatch(/^entity-search:input/);
    // Enter on "Import notes" opens its dialog; closing it gives focus back to the menu's button.
    await menu.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('"Skip to graph" is first and takes focus to the drawing', async ({ page }) => {
    await seenWelcome(page);
    await openApp(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('allegiance-app:button:Skip to graph');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^graph-canvas:div:/);
  });

  test('the tab order runs search, year, tools, graph, panel', async ({ page }) => {
    await seenWelcome(page);
    await openApp(page, '?e=stalin');
    await page.locator('body').focus();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    const at = (re: RegExp) => seen.findIndex((s) => re.test(s));
    const order = [at(/^entity-search:input/), at(/^year-slider:input:Year/), at(/^tool-bar:button:.*Betrayals/), at(/^graph-canvas:div/), at(/^entity-panel:/)];
    expect(order.every((i) => i >= 0), seen.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

test.describe('a calm first view', () => {
  test('a welcome says what is shown and what to try, closes, stays closed, and comes back from Help', async ({ page }) => {
    await openApp(page);
    const welcome = page.getByRole('region', { name: 'What you are looking at' });
    await expect(welcome).toBeVisible();
    for (const name of ['Pick a person', 'Move the year', 'Open Betrayals']) await expect(welcome.getByRole('button', { name })).toBeVisible();
    await welcome.getByRole('button', { name: 'Got it' }).click();
    await expect(welcome).toBeHidden();
    await expect(page.getByRole('button', { name: 'Help' })).toBeFocused();
    await page.reload();
    await expect(page.locator('graph-canvas')).toBeVisible();
    await expect(welcome).toBeHidden();
    await page.getByRole('button', { name: 'Help' }).click();
    await expect(welcome).toBeVisible();
    await welcome.getByRole('button', { name: 'Open Betrayals' }).click();
    await expect(page).toHaveURL(/tool=betrayals/);
    await expect(welcome).toBeHidden();
  });
});
