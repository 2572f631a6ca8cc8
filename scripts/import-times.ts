/**
 * `npx tsx scripts/import-times.ts`: how long importing the 68-slide notes takes in Node, per format: reading the
 * file (the library loaded on first use, then warm) and suggesting entities and relations. Prints the machine's load.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseNotes } from '../src/model/notes';
import { readNotesBytes } from '../src/model/import/read-file';
import { relationTypesFromYaml } from '../src/model/import/relation-types';
import { suggestImport } from '../src/model/import/suggest';
import type { ImportFormat } from '../src/model/import/types';
import { notesToDocx, notesToMarkdown, notesToPdf, notesToPptx } from '../src/node/import-fixtures';
import { DATA_DIR, realNotesText } from '../src/node/test-support';

const types = relationTypesFromYaml(readFileSync(join(DATA_DIR, 'relation-types.yaml'), 'utf8'));
const notes = parseNotes(realNotesText());
const files: [ImportFormat, Uint8Array][] = [
  ['text', new TextEncoder().encode(realNotesText())],
  ['markdown', new TextEncoder().encode(notesToMarkdown(notes))],
  ['docx', await notesToDocx(notes)],
  ['pdf', await notesToPdf(notes)],
  ['pptx', notesToPptx(notes)],
];
const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
for (const [format, bytes] of files) {
  let t = performance.now();
  await readNotesBytes(format, bytes);
  const cold = ms(t);
  t = performance.now();
  const imported = await readNotesBytes(format, bytes);
  const warm = ms(t);
  t = performance.now();
  const s = suggestImport(imported, { relationTypes: types });
  console.log(`${format.padEnd(8)} ${String(bytes.length).padStart(7)} bytes: read ${cold} (first, library loading), ${warm} (again); suggest ${ms(t)} (${s.entities.length} entities, ${s.relations.length} relations)`);
}
