/**
 * `npm run bench:import` (after `npx vite build`): how long "Import notes" takes in the built app in Chromium for
 * the 68-slide notes in each format (.txt as written, .md/.docx/.pdf/.pptx made from it by src/node/import-fixtures.ts),
 * from the file picked to the review queue shown: reading in the import worker (the format's library loaded on first
 * use), suggesting, and drawing the queue. Each format in a fresh page (first), then the same file again (warm).
 * Serves dist/ with `vite preview` on BENCH_PORT (default 4341). Prints the machine's load; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parseNotes } from '../src/model/notes';
import { notesToDocx, notesToMarkdown, notesToPdf, notesToPptx } from '../src/node/import-fixtures';
import { realNotesText } from '../src/node/test-support';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const port = Number(process.env.BENCH_PORT ?? 4341);
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'allegiance-import-bench-'));
const notes = parseNotes(realNotesText());
const files: [string, Uint8Array | string][] = [
  ['russia-notes.txt', realNotesText()],
  ['russia-notes.md', notesToMarkdown(notes)],
  ['russia-notes.docx', await notesToDocx(notes)],
  ['russia-notes.pdf', await notesToPdf(notes)],
  ['russia-notes.pptx', notesToPptx(notes)],
];
for (const [name, body] of files) writeFileSync(join(dir, name), body);

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const stop = () => server.kill();
try {
  for (let i = 0; i < 60; i++) {
    if (await fetch(base).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores; 68-slide notes, picked file → review queue shown`);
  for (const [name] of files.filter(([n]) => !process.env.ONLY || n.endsWith(process.env.ONLY))) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(base);
    await page.waitForSelector('allegiance-app');
    await page.getByRole('button', { name: 'Import notes' }).click();
    await page.getByRole('dialog', { name: 'Import notes' }).waitFor();
    const first = await timeImport(page, join(dir, name));
    const again = await timeImport(page, join(dir, name));
    console.log(`${name.padEnd(18)} first ${first.ms} ms, again ${again.ms} ms  (${again.summary})`);
    await page.close();
  }
  await browser.close();
} finally {
  stop();
  rmSync(dir, { recursive: true, force: true });
}

/** Pick the file and wait for the queue to show this import's suggestions (the status line names them). */
async function timeImport(page: Page, path: string): Promise<{ ms: number; summary: string }> {
  const status = page.locator('notes-import-dialog p.status');
  await page.evaluate(() => {
    const dialog = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('notes-import-dialog') as unknown as { message: string; output: unknown };
    dialog.message = '';
  });
  const t = performance.now();
  await page.getByLabel('Notes file (.txt, .md, .docx, .pdf or .pptx)').setInputFiles(path);
  await status.filter({ hasText: /suggested/ }).or(page.locator('notes-import-dialog [role="alert"]')).waitFor({ timeout: 120_000 });
  const error = await page.locator('notes-import-dialog [role="alert"]').count();
  if (error) return { ms: Math.round(performance.now() - t), summary: `FAILED: ${await page.locator('notes-import-dialog [role="alert"]').innerText()}` };
  await page.locator('import-queue .summary').waitFor();
  const ms = Math.round(performance.now() - t);
  return { ms, summary: (await status.innerText()).trim() };
}
