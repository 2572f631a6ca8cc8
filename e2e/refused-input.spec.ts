// Work in progress is never lost when an input is refused (issue 16): with a plan of two cards and a lesson of one
// step, hostile notes files (a PNG named .pdf, text named .docx, a zip bomb .docx), refused plan files (a newer
// version, a field of the wrong type) and refused lesson files each give a message naming the file and the problem;
// the Import notes dialog stays usable, and the plan and the lesson are intact, after a reload too.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { wrongTypes, zipBombs } from '../src/node/hostile-files';
import { datasetAction, failOnPageErrors, openApp } from './helpers';

failOnPageErrors();

const Q = "How far was Stalin's victory in the power struggle due to his position as General Secretary?";
const LOADING = { timeout: 30_000 };
const planner = (page: Page) => page.locator('essay-planner');
const editor = (page: Page) => page.locator('lesson-editor');
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import notes' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'View and export' });
const planSaved = (page: Page) => expect(planner(page).locator('save-status').getByRole('status')).toHaveText('Saved');
const planParams = (page: Page) => new URL(page.url()).search.slice(1).split('&').filter((x) => x.startsWith('plan')).join('&');

/** The plan's cards (quotes) and the lesson's step captions, as the page shows them now. */
async function work(page: Page): Promise<{ cards: string[]; steps: string[] }> {
  if (!(await planner(page).isVisible())) await toolbar(page).getByRole('button', { name: 'Plan' }).click();
  await expect(planner(page).getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(Q, LOADING);
  const cards = (await planner(page).locator('li.card blockquote').allTextContents()).map((t) => t.trim());
  if (!(await editor(page).isVisible())) await toolbar(page).getByRole('button', { name: 'Lesson' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Caption, step 1' })).toBeVisible(LOADING);
  const steps = await editor(page).getByRole('textbox', { name: /^Caption, step/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  return { cards, steps };
}

test('refused notes, plan and lesson files each name the file and the problem; the plan and the lesson survive, after a reload too', async ({ page }) => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(join(tmpdir(), 'allegiance-refused-'));

  // A plan with two cards.
  await openApp(page);
  await toolbar(page).getByRole('button', { name: 'Plan' }).click();
  await planner(page).getByRole('button', { name: 'New plan' }).click();
  await planner(page).getByRole('textbox', { name: 'Question', exact: true }).fill(Q);
  await planner(page).getByRole('button', { name: 'Add as paragraph: Secretariat' }).click();
  await planSaved(page);
  await page.goto(`/?r=${encodeURIComponent('stalin>led>secretariat@1922-04')}&${planParams(page)}`);
  const relPanel = page.locator('relation-panel');
  for (const excerpt of ['General Secretary of the Communist Party', 'personal files on all members']) {
    const scope = relPanel.locator('note-excerpt').filter({ hasText: excerpt });
    await scope.getByRole('button', { name: /^Add to plan/ }).first().click();
    await scope.getByRole('menuitem', { name: /Paragraph 1/ }).first().click();
  }
  await expect(planner(page).locator('li.card blockquote')).toHaveCount(2);
  await planSaved(page);

  // A lesson with one step.
  await toolbar(page).getByRole('button', { name: 'Lesson' }).click();
  await editor(page).getByRole('button', { name: 'Add this view as a step' }).click(LOADING);
  await editor(page).getByRole('textbox', { name: 'Caption, step 1' }).fill('Stalin takes the Secretariat');
  await expect(editor(page).getByRole('status', { name: 'Lesson saved state' })).toHaveText('Saved');

  const before = await work(page);
  expect(before.cards).toHaveLength(2);
  expect(before.steps).toEqual(['Stalin takes the Secretariat']);
  const intact = async () => expect(await work(page)).toEqual(before);

  // (1) Hostile notes files through the Import notes dialog.
  const [pngAsPdf, textAsDocx] = [wrongTypes().find(([, , m]) => m.source === 'PNG picture')!, wrongTypes().find(([n]) => n === 'notes.docx')!];
  const bomb = zipBombs().find((b) => b.label.startsWith('declares 1 MB, inflates to 150 MB'))!;
  const notesFiles: [string, Uint8Array, RegExp][] = [
    ['notes.pdf', pngAsPdf[1], /PNG picture/],
    ['notes.docx', textAsDocx[1], /plain text/],
    ['bomb.docx', bomb.bytes, /inflates to more than 100 MB, the limit per file inside.*zip bomb/],
  ];
  await datasetAction(page, 'Import notes');
  await expect(importDialog(page)).toBeVisible();
  const picker = importDialog(page).getByLabel('Notes file (.txt, .md, .docx, .pdf or .pptx)');
  for (const [name, bytes, problem] of notesFiles) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    await picker.setInputFiles(path);
    const alert = importDialog(page).getByRole('alert');
    // One message, naming the file (not a placeholder such as “the pdf file”), the problem and the fix.
    await expect(alert).toContainText(`“${name}” was not imported: `, LOADING);
    await expect(alert).toContainText(problem);
    await expect(alert).not.toContainText(/“the (pdf|docx|pptx) file”|could not be read as|report this as a bug|Error:|undefined/i);
    console.log(`${name}: ${await alert.innerText()}`);
    await expect(picker).toBeEnabled();
  }
  // The dialog is still usable: pasted text is read after the refusals.
  await importDialog(page).getByText('Or paste the text').click();
  await importDialog(page).getByLabel('Title').fill('After refusals');
  await importDialog(page).getByLabel('Notes text').fill('1 of 1 Italy\n\nMussolini founded the Fasci in 1919 with the support of veterans.\n');
  await importDialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(importDialog(page).getByRole('heading', { name: /After refusals/ })).toBeVisible(LOADING);
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();
  await intact();

  // (2) Refused plan files.
  const plans: [string, object, RegExp][] = [
    ['newer-plan.json', { format: 'allegiance-plan', version: 9, title: 'From the future', plan: { question: 'Why?' } }, /newer version of Allegiance \(plan file version 9/],
    // Complete but for one field: the message names that field and nothing else.
    ['wrong-type-plan.json', { format: 'allegiance-plan', version: 3, title: 'Bad', plan: { question: 42, corrections: {}, judgement: '', introduction: '', paragraphs: [], conclusion: '' } }, /damaged at plan\.question: [^;]*expected string, received number\.$/],
  ];
  for (const [name, json, problem] of plans) {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(json));
    await planner(page).getByLabel('Import plan').setInputFiles(path);
    const status = planner(page).getByRole('status').filter({ hasText: `“${name}” was not imported` });
    await expect(status).toBeVisible();
    await expect(status).toContainText(problem);
    console.log(await status.innerText());
    await intact();
  }

  // (3) Refused lesson files.
  const lessons: [string, object, RegExp][] = [
    ['newer.allegiance-lesson.json', { format: 'allegiance-lesson', version: 9, title: 'From the future', lesson: { steps: [] } }, /newer version of Allegiance \(lesson file version 9/],
    ['wrong-type.allegiance-lesson.json', { format: 'allegiance-lesson', version: 2, title: 'Bad', lesson: { summary: '', steps: 'one step' } }, /damaged at lesson\.steps: [^;]*expected array, received string\.$/],
  ];
  for (const [name, json, problem] of lessons) {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(json));
    await editor(page).getByLabel('Import lesson file').setInputFiles(path);
    const message = editor(page).locator('.message');
    await expect(message).toContainText(`“${name}” was not imported`);
    await expect(message).toContainText(problem);
    console.log(await message.innerText());
    await intact();
  }
  // No lesson was added: with one saved lesson the editor shows no list to choose from.
  await expect(editor(page).getByRole('combobox', { name: 'Open a saved lesson' })).toHaveCount(0);

  // After a reload: the same plan and the same lesson.
  await page.reload();
  await openApp(page, new URL(page.url()).search);
  await intact();
});
