/**
 * The classroom on a 1920×1080 whiteboard: the "High contrast" theme (dark and light canvas, labels ≥ 28 px,
 * lines ≥ 4 px, tone by line style, remembered after a reload, axe clean) and play shaped by range and speed,
 * kept in the URL. Screenshots go to $CLASSROOM_SHOTS (default /tmp).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp, setYear, waitForCanvas } from './helpers';

failOnPageErrors();
const SHOTS = process.env.CLASSROOM_SHOTS ?? '/tmp';

interface Measured {
  background: string;
  labels: number;
  smallestLabel: number;
  thinnestLine: number;
  lineStyles: Record<string, string>;
}

/** What the canvas draws now: its background, the labels drawn and the smallest, the thinnest visible line on screen, each tone's line style. */
async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('graph-canvas') as unknown as HTMLElement & {
      instance: import('cytoscape').Core;
      renderedLabelSizes(): { px: number }[];
    };
    const cy = canvas.instance;
    const sizes = canvas.renderedLabelSizes().map((l) => l.px);
    const edges = cy.edges().filter((e) => e.visible());
    const lineStyles: Record<string, string> = {};
    for (const tone of ['friendly', 'hostile', 'neutral']) {
      const e = edges.filter((x) => x.hasClass(`tone-${tone}`) && !x.hasClass('tentative'))[0];
      if (e) lineStyles[tone] = e.style('line-style');
    }
    return {
      background: getComputedStyle(canvas).backgroundColor,
      labels: sizes.length,
      smallestLabel: Math.min(...sizes),
      thinnestLine: Math.min(...edges.map((e) => parseFloat(e.style('width')) * cy.zoom())),
      lineStyles,
    };
  });
}

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}

const highContrast = (page: Page) => page.getByRole('button', { name: 'High contrast' });

test('High contrast at 1920×1080: labels ≥ 28 px, lines ≥ 4 px, tone by line style, dark and light, remembered, axe clean', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  const before = await measure(page);
  await expect(highContrast(page)).toHaveAttribute('aria-pressed', 'false');
  await highContrast(page).click();
  await expect(highContrast(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'High contrast canvas' })).toHaveValue('contrast-dark');
  await expect.poll(async () => (await measure(page)).background).toBe('rgb(0, 0, 0)');
  await page.waitForTimeout(300); // let the label pass that follows the restyle run (not an assertion on time)
  const dark = await measure(page);
  console.log(`labels at 1920×1080: standard ${before.smallestLabel.toFixed(1)} px (${before.labels} drawn); high contrast ${dark.smallestLabel.toFixed(1)} px (${dark.labels} drawn); thinnest line ${dark.thinnestLine.toFixed(1)} px`);
  expect(dark.smallestLabel).toBeGreaterThanOrEqual(28);
  expect(dark.labels).toBeGreaterThanOrEqual(10);
  expect(dark.thinnestLine).toBeGreaterThanOrEqual(4);
  expect(dark.lineStyles).toEqual({ friendly: 'solid', hostile: 'dashed', neutral: 'dotted' });
  await page.screenshot({ path: `${SHOTS}/classroom-dark-1920x1080.png` });
  await expectAccessible(page);

  // Remembered: a reload keeps the theme.
  await expect(page.locator('save-status')).toContainText(/Saved/);
  await page.reload();
  await waitForCanvas(page);
  await expect(highContrast(page)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await measure(page)).background).toBe('rgb(0, 0, 0)');

  // The light variant.
  await page.getByRole('combobox', { name: 'High contrast canvas' }).selectOption('contrast-light');
  await expect.poll(async () => (await measure(page)).background).toBe('rgb(255, 255, 255)');
  const light = await measure(page);
  expect(light.smallestLabel).toBeGreaterThanOrEqual(28);
  expect(light.thinnestLine).toBeGreaterThanOrEqual(4);
  await page.screenshot({ path: `${SHOTS}/classroom-light-1920x1080.png` });
  await expectAccessible(page);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('combobox', { name: 'High contrast canvas' }).selectOption('contrast-dark');
  await expect.poll(async () => (await measure(page)).background).toBe('rgb(0, 0, 0)');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/classroom-dark-1366x768.png` });

  // Off again: the everyday look.
  await highContrast(page).click();
  await expect.poll(async () => (await measure(page)).background).toBe('rgb(255, 255, 255)');
  await expect(page.getByRole('combobox', { name: 'High contrast canvas' })).toHaveCount(0);
});

test('shaped play: the range and speed from the URL, changed in Play options, kept in the URL and after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '?play=1922-1925&speed=0.4');
  const options = page.getByRole('button', { name: /^Play options/ });
  await expect(options).toHaveText(/1922–1925, 0\.4 s/);
  await options.click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('1922');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('1925');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // It plays 1922 to 1925 and stops there.
  await expect(page.locator('year-slider output')).toHaveText('1925');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]y=1925(&|$)/);

  await page.getByLabel('To', { exact: true }).selectOption('1929');
  await expect(page).toHaveURL(/[?&]play=1922-1929(&|$)/);
  const speed = page.getByLabel('Speed', { exact: true });
  await expect(speed).toHaveValue('0.4');
  await speed.selectOption('1.6');
  await expect(page).toHaveURL(/[?&]speed=1\.6(&|$)/);
  await expect(page).toHaveURL(/[?&]play=1922-1929(&|$)/);
  // 0.8 s per year is the usual speed, which the link leaves out.
  await speed.selectOption('0.8');
  await expect(page).not.toHaveURL(/[?&]speed=/);
  await speed.selectOption('2');
  await expect(page).toHaveURL(/[?&]speed=2(&|$)/);
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByRole('button', { name: /^Play options/ })).toHaveText(/1922–1929, 2 s/);
});

test("shaped play pauses at each step of a storyline chosen in Play options, and goes on when Play is pressed again", async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '?play=1922-1929&speed=0.4');
  await page.getByRole('button', { name: /^Play options/ }).click();
  const pause = page.getByLabel('Pause at the steps of');
  await expect(pause.locator('option', { hasText: 'The power struggle, 1922–29' })).toHaveCount(1);
  await pause.selectOption('power-struggle');
  await expect(page).toHaveURL(/[?&]pause=power-struggle(&|$)/);
  // The power struggle's steps are in 1922, 1924, 1925 … 1929: Play from 1922 stops at 1924, then at 1925.
  await setYear(page, 1923);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('year-slider output')).toHaveText('1924');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.locator('year-slider .paused')).toContainText('Paused at 1924');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('year-slider output')).toHaveText('1925');
  await expect(page.locator('year-slider .paused')).toContainText('Paused at 1925');
  // The link keeps the choice: after a reload the option is still chosen.
  await page.reload();
  await waitForCanvas(page);
  await page.getByRole('button', { name: /^Play options/ }).click();
  await expect(page.getByLabel('Pause at the steps of')).toHaveValue('power-struggle');
});
