/**
 * Rendered label size at the moments of issue 11: the first view, Zinoviev selected, focus (1 step) plus a
 * year, on a 1366×768 laptop; the first view and the view after a tap on the best-connected entity on a
 * 1920×1080 screen. Each figure is the smallest on-screen font (CSS px) among the labels actually drawn,
 * measured in the page (probe.js `labelSizes`).
 */
import type { Browser, Page } from 'playwright';
import { resolve } from 'node:path';
import { call } from './scenarios';

const PROBE = resolve(import.meta.dirname, 'probe.js');

export interface LabelMoment {
  key: string;
  min: number;
  count: number;
  zoom: number;
}

async function open(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await call(page, 'navResult', 300, 60_000);
  return page;
}

async function read(page: Page, key: string): Promise<LabelMoment> {
  await call(page, 'settled');
  const r = await call<{ min: number; count: number; zoom: number } | null>(page, 'labelSizes');
  return { key, min: r?.min ?? NaN, count: r?.count ?? 0, zoom: r?.zoom ?? NaN };
}

/** The five moments, in order. */
export async function labelMoments(browser: Browser, url: string): Promise<LabelMoment[]> {
  const out: LabelMoment[] = [];
  const laptop = await open(browser, url, { width: 1366, height: 768 });
  try {
    out.push(await read(laptop, 'labelFirst'));
    const search = laptop.getByRole('combobox', { name: 'Search' });
    await search.fill('Zinoviev');
    await laptop.getByRole('listbox').getByRole('option').first().waitFor();
    await search.press('Enter');
    await laptop.waitForFunction(() => (window as unknown as { __bench: { panelTitle(): string } }).__bench.panelTitle().includes('Zinoviev'));
    out.push(await read(laptop, 'labelSelect'));
    await call(laptop, 'timeCanvas', 'focus', 1, 0, 10_000);
    await call(laptop, 'timeCanvas', 'allYears', false, 0, 2_000).catch(() => undefined);
    await call(laptop, 'timeCanvas', 'year', 1926, 0, 10_000);
    out.push(await read(laptop, 'labelFocusYear'));
  } finally {
    await laptop.context().close();
  }
  const wide = await open(browser, url, { width: 1920, height: 1080 });
  try {
    out.push(await read(wide, 'label1920First'));
    const [t] = await call<{ id: string; x: number; y: number }[]>(wide, 'clickTargets', 1);
    if (t) {
      await wide.mouse.click(t.x, t.y);
      out.push(await read(wide, 'label1920Tap'));
    }
  } finally {
    await wide.context().close();
  }
  return out;
}
