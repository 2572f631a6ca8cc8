/** Shared steps for the explorer's end-to-end tests: open the app, drive the year, read the list and the canvas, check PNGs. */
import { expect, test, type Page } from '@playwright/test';

/** Open the built app at a query string and wait until the canvas has drawn the graph. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForCanvas(page);
}

/** Wait until <graph-canvas> has its elements. */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(): { length: number } } | null } | null;
    return (canvas?.instance?.nodes().length ?? 0) > 0;
  });
}

/** Move the year slider as a drag would: set its value and fire `input`. */
export async function setYear(page: Page, year: number): Promise<void> {
  await page.locator('year-slider input[type="range"]').evaluate((input: HTMLInputElement, y) => {
    input.value = String(y);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, year);
  await expect(page.locator('year-slider output')).toHaveText(String(year));
}

/** Type into the search box and choose the first suggestion. */
export async function searchAndSelect(page: Page, text: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.fill(text);
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
  await input.press('Enter');
}

export interface ListRow {
  edge: string;
  source: string;
  relation: string;
  target: string;
  dates: string;
  slides: string;
}

/** The rows of the list view (switches to it when needed). */
export async function listRows(page: Page): Promise<ListRow[]> {
  const listButton = page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' });
  if ((await listButton.getAttribute('aria-pressed')) !== 'true') await listButton.click();
  await expect(page.locator('relation-list table')).toBeVisible();
  return page.locator('relation-list tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = [...tr.children].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim());
      return { edge: (tr as HTMLElement).dataset.edge ?? '', source: cells[0]!, relation: cells[1]!, target: cells[2]!, dates: cells[3]!, slides: cells[4]! };
    }),
  );
}

/** Rows between two entities (either direction). */
export function between(rows: ListRow[], a: string, b: string): ListRow[] {
  return rows.filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a));
}

/** Classes of canvas elements, for checking what the drawing shows. */
export async function canvasClasses(page: Page, ids: string[]): Promise<Record<string, string[]>> {
  return page.evaluate((list) => {
    const canvas = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('graph-canvas') as unknown as {
      instance: { getElementById(id: string): { length: number; classes(): string[] } };
    };
    return Object.fromEntries(list.map((id) => [id, canvas.instance.getElementById(id).length ? canvas.instance.getElementById(id).classes() : ['(missing)']]));
  }, ids);
}

/** Visible canvas nodes (not hidden) as [id, kind]. */
export async function shownCanvasNodes(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('graph-canvas') as unknown as {
      instance: { nodes(): { filter(f: (n: { hasClass(c: string): boolean }) => boolean): { map<T>(f: (n: { id(): string; data(k: string): string }) => T): T[] } } };
    };
    return canvas.instance.nodes().filter((n) => !n.hasClass('hidden')).map((n) => [n.id(), n.data('kind')] as [string, string]);
  });
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The share of pixels that are not (near) white, decoded in the page. */
export async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

/** Fail any test of the file whose page throws an uncaught error. Call once at the top of a spec file. */
export function failOnPageErrors(): void {
  const pageErrors = new WeakMap<Page, string[]>();
  test.beforeEach(async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    pageErrors.set(page, errors);
  });
  test.afterEach(async ({ page }) => {
    expect(pageErrors.get(page) ?? [], 'no uncaught errors in the page').toEqual([]);
  });
}

/** Open the header's Dataset menu (Open dataset…, Import notes, Export dataset (.zip), Undo last edit). */
export async function openDatasetMenu(page: Page): Promise<void> {
  const button = page.getByRole('banner').getByRole('button', { name: /^Dataset:/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Choose one of the Dataset menu's actions by its name. */
export async function datasetAction(page: Page, name: string): Promise<void> {
  await openDatasetMenu(page);
  await page.getByRole('group', { name: 'Dataset actions' }).getByRole('button', { name, exact: true }).click();
}
