import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openApp, setYear } from './helpers';

/**
 * The classroom on a 1920×1080 touch screen: a storyline in presenter mode stepped with clicker keys (PageDown, →)
 * while the year slider has focus, blanked with "b", a predict step answered, a step's link reloaded; then a
 * teacher's two-step lesson built, reloaded, exported (file and YAML), imported and presented.
 */
failOnPageErrors();
test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

const presenter = (page: Page) => page.getByRole('dialog', { name: /^Presenting:/ });
/** Presenter mode loads its code and the storylines on first use: on a busy 2-core machine that can take seconds. */
const LOADING = { timeout: 30_000 };
const caption = (page: Page) => presenter(page).locator('.caption');

async function presentedLabels(page: Page): Promise<{ min: number; count: number; caption: number }> {
  return page.evaluate(() => {
    const app = document.querySelector('allegiance-app')!.shadowRoot!;
    const p = app.querySelector('story-presenter')!.shadowRoot!;
    const canvas = p.querySelector('graph-canvas') as unknown as { renderedLabelSizes(): { px: number }[] };
    const sizes = canvas.renderedLabelSizes().map((l) => l.px);
    return { min: Math.min(...sizes), count: sizes.length, caption: parseFloat(getComputedStyle(p.querySelector('.caption')!).fontSize) };
  });
}

async function waitForPresenterGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const p = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('story-presenter')?.shadowRoot;
    const canvas = p?.querySelector('graph-canvas') as unknown as { instance: { nodes(s: string): { length: number } } | null } | null;
    return (canvas?.instance?.nodes(':visible').length ?? 0) > 0;
  });
}

test('a storyline in presenter mode: clicker keys, blank, predict, a step link, large labels, axe', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  // The year slider has focus when the lesson starts: PageDown must still step the story, not the slider.
  await page.locator('year-slider input[type="range"]').focus();
  await page.getByRole('toolbar', { name: 'View and export' }).getByRole('button', { name: 'Present' }).click();
  await page.getByRole('dialog', { name: 'Present a storyline' }).getByRole('button', { name: /The power struggle, 1922–29/ }).click(LOADING);
  await expect(presenter(page)).toBeVisible(LOADING);
  await waitForPresenterGraph(page);
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 1 of 10');
  await expect(presenter(page).getByLabel('Year')).toHaveText('1922');
  await expect(caption(page)).toHaveText('Lenin is dying, and he has doubts about Stalin.');
  await expect(page).toHaveURL(/[?&]story=power-struggle&step=1/);

  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText("Stalin's posts give him the Party machine.");
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText('January 1924. Lenin dies; Stalin leads the mourners.');
  await expect(presenter(page).getByLabel('Year')).toHaveText('1924');
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 3 of 10');
  await expect(page).toHaveURL(/[?&]story=power-struggle&step=3/);
  await expect(page).not.toHaveURL(/[?&]y=/); // the slider did not take PageDown
  await page.keyboard.press('ArrowLeft');
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 2 of 10');
  await presenter(page).getByRole('button', { name: 'Next step' }).click();
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 3 of 10');

  // Big enough to read from the back of the room.
  await waitForPresenterGraph(page);
  const sizes = await presentedLabels(page);
  console.log(`presenter at 1920×1080: ${sizes.count} labels drawn, smallest ${sizes.min.toFixed(1)} px; caption ${sizes.caption} px`);
  expect(sizes.count).toBeGreaterThan(0);
  expect(sizes.min).toBeGreaterThanOrEqual(24);
  expect(sizes.caption).toBeGreaterThanOrEqual(32);
  await page.screenshot({ path: 'test-results/presenter-1920.png' });

  // Blank and unblank.
  await page.keyboard.press('b');
  await expect(presenter(page).getByText('Screen blanked')).toBeVisible();
  await page.keyboard.press('b');
  await expect(presenter(page).getByText('Screen blanked')).toHaveCount(0);

  // Axe: presenter mode (the modal dialog; the app under it is inert and covered) is clean.
  const axe = await new AxeBuilder({ page }).include({ fromShadowDom: ['allegiance-app', 'story-presenter'] }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The predict step (6): the class picks, the teacher reveals the relation with its quote and slide.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Space');
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 6 of 10');
  const predict = presenter(page).locator('story-predict');
  await expect(predict.getByText('Whose support does Stalin rely on next?')).toBeVisible();
  await predict.getByRole('button', { name: 'The Left' }).click();
  await predict.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(predict.getByRole('status')).toContainText('Joseph Stalin allied with The Right');
  await expect(predict.getByRole('status')).toContainText('not The Left');
  await expect(predict.getByRole('status')).toContainText('Slide 41');
  await expect(predict.getByRole('status')).toContainText('Major representatives of the Right were Rykov, Tomsky and Bukharin');
  await page.screenshot({ path: 'test-results/presenter-predict-1920.png' });

  // A step's link resumes the lesson.
  await page.reload();
  await expect(presenter(page)).toBeVisible(LOADING);
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 6 of 10');
  await expect(caption(page)).toHaveText('With Trotsky weakened, Stalin turns on Kamenev and Zinoviev.');

  // Escape leaves.
  await page.keyboard.press('Escape');
  await expect(presenter(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
});

test('presenter mode at 1366×768 keeps its labels and caption large', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?story=purges-and-great-terror&step=5');
  await expect(presenter(page)).toBeVisible(LOADING);
  await waitForPresenterGraph(page);
  await expect(caption(page)).toHaveText('1936. A secret letter, then the first Moscow show trial.');
  const sizes = await presentedLabels(page);
  console.log(`presenter at 1366×768: ${sizes.count} labels drawn, smallest ${sizes.min.toFixed(1)} px; caption ${sizes.caption} px`);
  expect(sizes.min).toBeGreaterThanOrEqual(24);
  expect(sizes.caption).toBeGreaterThanOrEqual(32);
  await page.screenshot({ path: 'test-results/presenter-1366.png' });
});

test("a teacher's two-step lesson: build, reload, export, import, present", async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, '?y=1924&e=stalin');
  await page.getByRole('toolbar', { name: 'View and export' }).getByRole('button', { name: 'Lesson' }).click();
  const editor = page.locator('lesson-editor');
  await editor.getByRole('button', { name: 'Add this view as a step' }).click(LOADING);
  await expect(editor.getByRole('textbox', { name: 'Caption, step 1' })).toHaveValue('Joseph Stalin in 1924');
  await setYear(page, 1936);
  await editor.getByRole('button', { name: 'Add this view as a step' }).click();
  await editor.getByRole('textbox', { name: 'Caption, step 2' }).fill('The Great Terror begins');
  await editor.getByRole('textbox', { name: "Teacher's note, step 2" }).fill('Ask who is left.');
  await editor.getByRole('button', { name: 'Move step 2 up' }).click();
  await editor.getByRole('textbox', { name: 'Lesson title' }).fill('Stalin 1924 to 1936');
  await expect(editor.getByRole('status', { name: 'Lesson saved state' })).toHaveText('Saved');

  await page.reload();
  await expect(editor.getByRole('textbox', { name: 'Caption, step 1' })).toHaveValue('The Great Terror begins', LOADING);
  await expect(editor.getByRole('textbox', { name: "Teacher's note, step 1" })).toHaveValue('Ask who is left.');
  await expect(editor.getByRole('textbox', { name: 'Caption, step 2' })).toHaveValue('Joseph Stalin in 1924');

  const fileDownload = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Export lesson file' }).click();
  const file = await fileDownload;
  expect(file.suggestedFilename()).toBe('stalin-1924-to-1936.allegiance-lesson.json');
  const path = await file.path();
  const json = JSON.parse(await readFile(path, 'utf8'));
  expect(json).toMatchObject({ format: 'allegiance-lesson', version: 2, title: 'Stalin 1924 to 1936' });
  expect(json.lesson.steps).toHaveLength(2);

  const yamlDownload = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Export as YAML' }).click();
  const yaml = await readFile(await (await yamlDownload).path(), 'utf8');
  expect(yaml).toContain('- id: stalin-1924-to-1936');
  expect(yaml).toContain('caption: The Great Terror begins');

  await editor.getByLabel('Import lesson file').setInputFiles(path);
  await expect(editor.locator('.message')).toHaveText('Imported “Stalin 1924 to 1936 (imported)” (2 steps).');
  await expect(editor.getByRole('textbox', { name: 'Lesson title' })).toHaveValue('Stalin 1924 to 1936 (imported)');

  await editor.getByRole('button', { name: 'Share as link' }).click();
  await expect(editor.locator('.message')).toContainText(/Link copied|Copy this link/);

  await editor.getByRole('button', { name: 'Present lesson' }).click();
  await expect(presenter(page)).toBeVisible();
  await expect(presenter(page).getByRole('status').first()).toHaveText('Step 1 of 2');
  await expect(caption(page)).toHaveText('The Great Terror begins');
  await expect(presenter(page).getByLabel('Year')).toHaveText('1936');
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText('Joseph Stalin in 1924');
});
