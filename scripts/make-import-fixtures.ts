/**
 * `npx tsx scripts/make-import-fixtures.ts [DIR]`: write the project's notes in every format the importer reads
 * (notes.txt, notes.md, notes.docx, notes.pdf, notes.pptx) into DIR (default: a new temporary folder), to try
 * `npm run graph -- import DIR/notes.pdf --out OUT` by hand. The tests make the same files in memory.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseNotes } from '../src/model/notes';
import { notesToDocx, notesToMarkdown, notesToPdf, notesToPptx } from '../src/node/import-fixtures';
import { realNotesText } from '../src/node/test-support';

const dir = process.argv[2] ? resolve(process.argv[2]) : mkdtempSync(join(tmpdir(), 'allegiance-import-fixtures-'));
mkdirSync(dir, { recursive: true });
const text = realNotesText();
const notes = parseNotes(text);
writeFileSync(join(dir, 'notes.txt'), text);
writeFileSync(join(dir, 'notes.md'), notesToMarkdown(notes));
writeFileSync(join(dir, 'notes.docx'), await notesToDocx(notes));
writeFileSync(join(dir, 'notes.pdf'), await notesToPdf(notes));
writeFileSync(join(dir, 'notes.pptx'), notesToPptx(notes));
console.log(`wrote notes.txt, notes.md, notes.docx, notes.pdf, notes.pptx (${notes.slides.length} slides) to ${dir}`);
