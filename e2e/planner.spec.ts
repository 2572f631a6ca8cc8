import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { failOnPageErrors, openApp } from './helpers';

/**
 * The essay planner as a student uses it: write the question, gather evidence from a relation panel, a
 * betrayal card and an entity panel's excerpt of the notes, reorder by keyboard, reload, export, and
 * survive a damaged neighbour record.
 */
failOnPageErrors();

const Q = "How far was Stalin's victory in the power struggle due to his position as General Secretary?";
const planner = (page: Page) => page.locator('essay-planner');
const saved = async (page: Page) => expect(planner(page).locator('save-status').getByRole('status')).toHaveText('Saved');

async function addTo(scope: import('@playwright/test').Locator, item: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name: /^Add to plan/ }).first().click();
  await scope.getByRole('menuitem', { name: item }).first().click();
}

async function startPlan(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('toolbar', { name: 'View and export' }).getByRole('button', { name: 'Plan' }).click();
  await expect(planner(page).getByRole('heading', { name: 'Essay plan' })).toBeVisible();
  await planner(page).getByRole('button', { name: 'New plan' }).click();
  await planner(page).getByRole('textbox', { name: 'Question', exact: true }).fill(Q);
  await saved(page);
}

test('a plan from question to exported Word and Markdown, surviving a reload', async ({ page }) => {
  test.setTimeout(240_000);
  await startPlan(page);
  const p = planner(page);
  // What was understood.
  await expect(p.locator('question-understanding [data-part="people"]')).toContainText('Joseph Stalin');
  await expect(p.locator('question-understanding [data-part="factor"]')).toHaveText('In the graph: Secretariat');
  await expect(p.getByRole('combobox', { name: 'Asks' })).toHaveValue('how-far');
  // "The power struggle" resolves to years from the notes' slide titles.
  await expect(p.locator('question-understanding [data-part="years"]')).toContainText('1924–1929 from “the power struggle”');
  // Factors: the named one first; take it and one more.
  const factors = p.locator('ul.factors li');
  await expect(factors.first()).toContainText('Secretariat');
  const said: string[] = [`Years: ${await p.locator('question-understanding [data-part="years"]').textContent()}`, 'Factors:', ...(await factors.allTextContents()).map((t) => `- ${t.replace(/\s+/g, ' ').trim()}`)];
  await p.getByRole('button', { name: 'Add as paragraph: Secretariat' }).click();
  await p.getByRole('button', { name: 'Add counter-argument' }).click();
  await p.locator('plan-paragraph').nth(1).getByRole('textbox', { name: 'Factor' }).fill('The mistakes of his rivals');
  await saved(page);

  // 1. A relation panel: Stalin led the Secretariat.
  await page.goto(`/?r=${encodeURIComponent('stalin>led>secretariat@1922-04')}&${new URL(page.url()).search.slice(1).split('&').filter((x) => x.startsWith('plan')).join('&')}`);
  const relPanel = page.locator('relation-panel');
  await expect(relPanel).toBeVisible();
  await addTo(relPanel.locator('note-excerpt').filter({ hasText: 'General Secretary of the Communist Party' }), /Paragraph 1/);
  await expect(p.getByRole('status').filter({ hasText: 'Added to paragraph 1' })).toBeVisible();
  await addTo(relPanel.locator('note-excerpt').filter({ hasText: 'personal files on all members' }), /Paragraph 1/);

  // 2. A betrayal card.
  await page.getByRole('button', { name: 'Betrayals', exact: true }).click();
  const card = page.locator('betrayals-view li.item').filter({ hasText: 'Bukharin' }).first();
  await card.locator('button.choose').click();
  await addTo(card.locator('note-excerpt').first(), /Paragraph 2/);
  await saved(page);

  // 3. The Notes view: a bullet of slide 36 that names no entity (the whole notes are read for it).
  await page.goto(`/?view=notes&s=36&${new URL(page.url()).search.slice(1).split('&').filter((x) => x.startsWith('plan')).join('&')}`);
  const bullet = page.locator('notes-view section[data-slide="36"] li').filter({ hasNot: page.locator('button.name') }).first();
  await expect(bullet).toBeVisible();
  const bulletText = await bullet.evaluate((li) => {
    const copy = li.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('add-to-plan').forEach((a) => a.remove());
    return copy.textContent!.trim();
  });
  expect(bulletText).toMatch(/^This would have been a demanding issue/);
  await addTo(bullet, /Paragraph 2/);
  await expect(p.getByRole('status').filter({ hasText: 'Added to paragraph 2' })).toBeVisible();
  await saved(page);
  // A timeline entry (a whole relation) from the entity panel.
  await page.goto(`/?e=trotsky&${new URL(page.url()).search.slice(1).split('&').filter((x) => x.startsWith('plan')).join('&')}`);
  await addTo(page.locator('entity-timeline ol.sentences li').filter({ hasText: 'Joseph Stalin' }).first(), /Paragraph 2/);
  await expect(p.getByRole('status').filter({ hasText: /Added to paragraph 2/ })).toBeVisible();
  await saved(page);

  // Reorder by keyboard: the second card of paragraph 1 up.
  const para1 = p.locator('plan-paragraph').first();
  await expect(para1.locator('li.card blockquote')).toHaveText(['General Secretary of the Communist Party', 'this enabled him to build up personal files on all members of the Party']);
  await para1.locator('li.card').nth(1).getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect(para1.locator('li.card blockquote')).toHaveText(['this enabled him to build up personal files on all members of the Party', 'General Secretary of the Communist Party']);
  await p.getByRole('textbox', { name: 'Judgement' }).fill('His control of the Secretariat mattered most, but his rivals handed him the chance.');
  await saved(page);

  // Reload: all of it is still there.
  await page.reload();
  await openApp(page, new URL(page.url()).search);
  await expect(p.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(Q);
  await expect(p.locator('plan-paragraph').first().locator('li.card blockquote')).toHaveText(['this enabled him to build up personal files on all members of the Party', 'General Secretary of the Communist Party']);
  await expect.poll(() => p.locator('plan-paragraph').nth(1).locator('li.card').count()).toBeGreaterThanOrEqual(3);
  // Nothing is flagged "changed in the notes": every quote is on its slide.
  await expect(p.locator('li.card.changed')).toHaveCount(0);
  const allQuotes = await p.locator('li.card blockquote').allTextContents();
  expect(allQuotes).toContain(bulletText);

  // What the planner said about the finished plan: the other side per paragraph, and the coverage prompts.
  for (const [i, para] of (await p.locator('plan-paragraph').all()).entries()) {
    said.push(`The other side, paragraph ${i + 1}:`, ...(await para.locator('details.other > ul > li').evaluateAll((lis) => lis.map((li) => `- ${[...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()}`))));
  }
  said.push('Coverage:', ...(await p.locator('ul.prompts li').allTextContents()).map((t) => `- ${t}`));
  await writeFile('/tmp/planner-suggestions.txt', `${said.join('\n')}\n`);

  // Export Markdown.
  await p.getByRole('button', { name: 'Export plan' }).click();
  const [md] = await Promise.all([page.waitForEvent('download'), p.getByRole('menuitem', { name: 'Markdown (.md)' }).click()]);
  const mdText = await readFile((await md.path())!, 'utf8');
  await writeFile('/tmp/planner-export.md', mdText);
  for (const q of allQuotes) expect(mdText).toContain(`> ${q}\n`);
  expect(mdText).toContain('> — Slide 29 · ');
  expect(mdText).toContain(`**Question:** ${Q}`);

  // Export Word and read word/document.xml.
  await p.getByRole('button', { name: 'Export plan' }).click();
  const [docx] = await Promise.all([page.waitForEvent('download'), p.getByRole('menuitem', { name: 'Word (.docx)' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile((await docx.path())!)))['word/document.xml']!);
  const text = xml.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const q of allQuotes) expect(text).toContain(q);
  expect(text).toContain('Slide 29 · ');
  await page.screenshot({ path: '/tmp/planner-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: '/tmp/planner-1920.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/planner-390.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  const axe = await new AxeBuilder({ page }).include([['allegiance-app', 'aside.plan']] as unknown as string).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a corrupted plan record is set aside with a notice; the other plans are intact; delete has Undo', async ({ page }) => {
  test.setTimeout(120_000);
  await startPlan(page);
  await planner(page).getByRole('button', { name: 'New plan' }).click();
  await planner(page).getByRole('textbox', { name: 'Question', exact: true }).fill('Why was Trotsky defeated by 1927?');
  await saved(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('allegiance');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').put({ kind: 'plan', id: 'broken', version: 2, title: 'Broken', updatedAt: '2026-12-01T10:00:00.000Z', data: { question: 42 } }, 'plan:broken');
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  });
  await page.reload();
  await openApp(page, new URL(page.url()).search);
  const p = planner(page);
  // One workspace, one notice: the shell's.
  await expect(page.locator('storage-notices').filter({ hasText: 'A saved plan (id "broken") could not be read' })).toHaveCount(1);
  await expect(p.locator('storage-notices')).toHaveCount(0);
  await expect(p.getByRole('combobox', { name: 'Plans' }).locator('option')).toHaveCount(3); // "choose a plan" and the two intact plans
  const options = await p.getByRole('combobox', { name: 'Plans' }).locator('option').allTextContents();
  expect(options).toEqual(expect.arrayContaining([Q, 'Why was Trotsky defeated by 1927?']));
  // Delete, then undo.
  await p.getByRole('button', { name: /^Delete plan/ }).click();
  await expect(p.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
  await p.getByRole('button', { name: 'Undo' }).click();
  await expect(p.getByRole('combobox', { name: 'Plans' }).locator('option')).toHaveCount(3);
});

test('a plan goes out as JSON and comes back by import; a read-only link opens in a new page with "Save a copy"; only the plan prints', async ({ page, context }) => {
  test.setTimeout(180_000);
  await startPlan(page);
  const p = planner(page);
  await p.getByRole('button', { name: 'Add as paragraph: Secretariat' }).click();
  await p.getByRole('textbox', { name: 'Judgement' }).fill('Mostly, but not alone.');
  await saved(page);
  await page.goto(`/?r=${encodeURIComponent('stalin>led>secretariat@1922-04')}&${new URL(page.url()).search.slice(1).split('&').filter((x) => x.startsWith('plan')).join('&')}`);
  await addTo(page.locator('relation-panel note-excerpt').first(), /Paragraph 1/);
  await saved(page);
  const quote = (await p.locator('li.card blockquote').first().textContent())!.trim();

  // JSON out, then in again as a new plan.
  await p.getByRole('button', { name: 'Export plan' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), p.getByRole('menuitem', { name: 'JSON (to import again)' }).click()]);
  const file = (await json.path())!;
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'allegiance-plan', version: 3, plan: { question: Q, judgement: 'Mostly, but not alone.' } });
  await p.getByLabel('Import plan').setInputFiles(file);
  await expect(p.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(p.getByRole('combobox', { name: 'Plans' }).locator('option')).toHaveCount(3);
  await expect(p.locator('li.card blockquote').first()).toHaveText(quote);
  // A damaged file is named and changes nothing.
  await p.getByLabel('Import plan').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"allegiance-plan","version":3,"title":"x","plan":{"question":1}}') });
  await expect(p.getByRole('status').filter({ hasText: '“broken.json” was not imported: it is damaged at plan.question' })).toBeVisible();
  await expect(p.getByRole('combobox', { name: 'Plans' }).locator('option')).toHaveCount(3);

  // Print: only the plan column is shown.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('graph-canvas')).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(p.locator('li.card blockquote').first()).toBeVisible();
  await expect(p.getByRole('button', { name: 'Export plan' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // A read-only link, opened in a new page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await p.getByRole('button', { name: 'Export plan' }).click();
  await p.getByRole('menuitem', { name: 'Copy a read-only link' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'read-only link' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?plan=shared#plan=[A-Za-z0-9_-]+$/);
  const teacher = await context.newPage();
  await teacher.goto(link);
  const t = teacher.locator('essay-planner');
  await expect(t.getByText('Read-only: a plan shared with you.')).toBeVisible();
  await expect(t.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(Q);
  await expect(t.getByRole('textbox', { name: 'Question', exact: true })).toHaveJSProperty('readOnly', true);
  await expect(t.locator('li.card blockquote').first()).toHaveText(quote);
  await expect(t.getByRole('button', { name: 'Add paragraph' })).toHaveCount(0);
  await t.getByRole('button', { name: 'Save a copy' }).click();
  await expect(t.getByText('Read-only: a plan shared with you.')).toHaveCount(0);
  await expect(t.getByRole('combobox', { name: 'Plans' }).locator('option', { hasText: '(copy)' })).toHaveCount(1);
  await expect(t.getByRole('textbox', { name: 'Question', exact: true })).toHaveJSProperty('readOnly', false);
  await teacher.close();
});
