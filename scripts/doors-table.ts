/**
 * The run-time doors measured: each door × hostile inputs → outcome (clear message / read / internal error / hang),
 * with the time and the process's peak memory growth for each input. `npx tsx scripts/doors-table.ts` prints a
 * Markdown table (the lead re-runs it; numbers vary with the machine). "Loss" (work in progress dropped when an
 * input is refused) is a browser question: e2e/doors.spec.ts checks it.
 */
import { strToU8, zipSync } from 'fflate';
import { lessonJson, readLessonJson } from '../src/app/classroom/lesson-export';
import { pickLimitProblem } from '../src/app/datasets/pick-limits';
import { emptyPlan } from '../src/app/planner/plan';
import { planJson, readPlanJson } from '../src/app/planner/share';
import { parseBackup } from '../src/app/workspace/backup';
import { readRecord } from '../src/app/workspace/read-record';
import { dataFolderError } from '../src/cli/context';
import { ImportRefused } from '../src/model/import/file-checks';
import { readNotesFile } from '../src/model/import/read-file';
import { MAX_IMPORT_FILE_BYTES, MAX_PDF_PAGES } from '../src/model/limits';
import { encryptedPdf, manyPagePdf, wrongTypes, zipBombs } from '../src/node/hostile-files';

type Outcome = 'clear message' | 'read' | 'internal error' | 'hang';
interface Row {
  door: string;
  input: string;
  size: string;
  outcome: Outcome;
  ms: number;
  mb: number;
  message: string;
}

const HANG_MS = 60_000;
const rows: Row[] = [];
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`);

/** Run one input; `refused` tells a clear refusal from a read. A throw that is not an ImportRefused is internal. */
async function run(door: string, input: string, bytes: number, f: () => unknown | Promise<unknown>): Promise<void> {
  global.gc?.();
  const rss0 = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  let outcome: Outcome;
  let message = '';
  try {
    const r = await Promise.race([Promise.resolve().then(f), new Promise((resolve) => setTimeout(() => resolve('__hang__'), HANG_MS))]);
    if (r === '__hang__') outcome = 'hang';
    else if (r && typeof r === 'object' && 'ok' in r && r.ok === false) {
      outcome = 'clear message';
      message = String((r as unknown as { reason: string }).reason);
    } else if (typeof r === 'string') {
      outcome = 'clear message';
      message = r;
    } else outcome = 'read';
  } catch (err) {
    outcome = err instanceof ImportRefused ? 'clear message' : 'internal error';
    message = err instanceof Error ? err.message : String(err);
  }
  const ms = performance.now() - t0;
  const mb = (process.resourceUsage().maxRSS - rss0) / 1024;
  rows.push({ door, input, size: size(bytes), outcome, ms, mb, message });
  process.stderr.write(`${door} · ${input}: ${outcome} (${ms.toFixed(0)} ms)\n`);
}

async function main(): Promise<void> {
  for (const bomb of zipBombs()) {
    await run('import .docx', `zip bomb: ${bomb.label}`, bomb.bytes.length, () => readNotesFile('bomb.docx', bomb.bytes));
    await run('import .pptx', `zip bomb: ${bomb.label}`, bomb.bytes.length, () => readNotesFile('bomb.pptx', bomb.bytes));
  }
  await run('import .pdf', `${MAX_PDF_PAGES + 1} pages`, manyPagePdf(MAX_PDF_PAGES + 1).length, () => readNotesFile('huge.pdf', manyPagePdf(MAX_PDF_PAGES + 1)));
  await run('import .pdf', 'password-protected', encryptedPdf().length, () => readNotesFile('secret.pdf', encryptedPdf()));
  const big = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1);
  big.set(strToU8('%PDF-1.4\n'));
  await run('import .pdf', 'over the 50 MB file limit', big.length, () => readNotesFile('big.pdf', big));
  await run('import .pdf', 'a PDF header over junk', 1024, () => readNotesFile('junk.pdf', Uint8Array.from([...strToU8('%PDF-1.7\n'), ...new Uint8Array(1000).fill(7)])));
  for (const [name, bytes, what] of wrongTypes()) await run(`import .${name.split('.').pop()}`, `wrong type (${what.source})`, bytes.length, () => readNotesFile(name, bytes));
  const hugeText = strToU8('• Stalin\n'.repeat(1_000_000));
  await run('import .txt', '9 MB of bullets (over the 8 MB notes limit)', hugeText.length, () => readNotesFile('huge.txt', hugeText));
  const docxJunk = zipSync({ 'word/document.xml': strToU8('<w:document><w:body>'.repeat(10_000)) });
  await run('import .docx', 'unclosed XML 10,000 levels deep', docxJunk.length, () => readNotesFile('deep.docx', docxJunk));

  const plan = planJson('Stalin', emptyPlan('Why did Stalin win?'));
  const lesson = lessonJson('Stalin', { summary: '', steps: [] } as never);
  const hugeJson = `{"a":"${'x'.repeat(6_000_000)}"}`;
  for (const [door, read, text] of [['plan file', readPlanJson, plan], ['lesson file', readLessonJson, lesson]] as const) {
    const file = JSON.parse(text) as Record<string, unknown>;
    await run(door, '6 M characters', hugeJson.length, () => read(hugeJson));
    await run(door, 'newer version (9)', text.length, () => read(JSON.stringify({ ...file, version: 9 })));
    await run(door, 'fields of the wrong type', text.length, () => read(JSON.stringify({ ...file, title: 5, [door === 'plan file' ? 'plan' : 'lesson']: { steps: 'x', question: 1 } })));
    await run(door, 'not JSON', 10, () => read('{"format":'));
  }
  const backup = { format: 'allegiance-backup', version: 1, exportedAt: '2026-12-01T00:00:00Z', records: [] };
  await run('backup file', '60 M characters', 60_000_010, () => parseBackup(`{"a":"${'x'.repeat(60_000_000)}"}`));
  await run('backup file', 'newer version (5)', 100, () => parseBackup(JSON.stringify({ ...backup, version: 5 })));
  await run('backup file', 'fields of the wrong type', 100, () => parseBackup(JSON.stringify({ ...backup, records: {} })));

  const hugeRecord = { kind: 'plan', id: 'big', version: 3, title: 'Big', updatedAt: '2026-12-01T00:00:00Z', data: { ...emptyPlan('Why?'), introduction: 'x'.repeat(6_000_000) } };
  await run('storage record', '6 M character record', 6_000_000, () => readRecord(hugeRecord));
  await run('storage record', 'newer version', 200, () => readRecord({ ...hugeRecord, version: 9, data: {} }));
  await run('storage record', 'not a record (a number)', 2, () => readRecord(42));

  await run('picked folder', '100,000 entries', 0, () => pickLimitProblem(Array.from({ length: 100_000 }, (_, i) => ({ path: `home/p${i}.jpg`, size: 1 }))));
  await run('picked folder', 'a 3 GB notes file', 0, () => pickLimitProblem([{ path: 'd/notes/n.txt', size: 3 * 1024 ** 3 }]));
  await run('CLI --data', '/nonexistent/dir', 0, () => dataFolderError('/nonexistent/dir'));

  console.log('| door | input | size | outcome | time | peak RSS growth | message (start) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.door} | ${r.input} | ${r.size} | ${r.outcome} | ${r.ms.toFixed(0)} ms | ${r.mb.toFixed(0)} MB | ${r.message.slice(0, 90).replace(/\|/g, '/')} |`);
  const by = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  console.log(`\n${rows.length} inputs: ${by('clear message')} clear messages, ${by('read')} read, ${by('internal error')} internal errors, ${by('hang')} hangs`);
  process.exitCode = by('internal error') + by('hang') ? 1 : 0;
}

await main();
