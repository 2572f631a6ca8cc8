/**
 * The import doors: every reader (text, Markdown, Word, PowerPoint, PDF) on random bytes, random zips and damaged
 * real files. Each input either reads as notes whose bullets are text, or is refused with an ImportRefused naming
 * the file; any other error (a library's, a RangeError) is an internal error and fails the property.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportRefused } from '../src/model/import/file-checks';
import { readNotesFile } from '../src/model/import/read-file';
import { parseNotes } from '../src/model/notes';
import { notesToDocx, notesToPdf, notesToPptx } from '../src/node/import-fixtures';
import { realNotesText } from '../src/node/test-support';
import { damagedBytes, fuzzAsync, hostileText, mangled } from './fuzz-config';

const real = realNotesText();
const notes = parseNotes(real);
const few = { ...notes, slides: notes.slides.slice(0, 3) };

async function check(name: string, bytes: Uint8Array): Promise<void> {
  try {
    const read = await readNotesFile(name, bytes);
    for (const s of read.slides) for (const b of s.bullets) expect(typeof b.text).toBe('string');
  } catch (err) {
    if (!(err instanceof ImportRefused)) throw new Error(`internal error on ${name} (${bytes.length} bytes): ${String(err)}`, { cause: err });
    expect(err.message).toContain(`“${name}”`);
    expect(err.message.length).toBeLessThan(1000);
  }
}

const anyBytes = fc.uint8Array({ maxLength: 2048 });
const entryName = (names: string[]) => fc.oneof(fc.constantFrom(...names), hostileText.map((t) => t.slice(0, 80)));
/** A zip of random entries, some with the names a reader looks for, holding hostile text, XML fragments or random bytes. */
const randomZip = (names: string[], xml: string) =>
  fc
    .array(fc.tuple(entryName(names), fc.oneof(hostileText.map(strToU8), mangled(xml).map(strToU8), anyBytes), fc.boolean()), { maxLength: 6 })
    .map((entries) => {
      const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
      for (const [n, data, store] of entries) if (n && !n.endsWith('/')) files[n] = [data, { level: store ? 0 : 6 }];
      try {
        return zipSync(files);
      } catch {
        return zipSync({});
      }
    });

let docx: Uint8Array;
let pptx: Uint8Array;
let pdf: Uint8Array;
beforeAll(async () => {
  docx = await notesToDocx(few);
  pptx = notesToPptx(few);
  pdf = await notesToPdf(few);
});

describe('fuzz: the import readers', () => {
  it('text and Markdown: random bytes, hostile text, mangled real notes', async () => {
    const input = fc.tuple(fc.constantFrom('notes.txt', 'notes.md'), fc.oneof(anyBytes, hostileText.map(strToU8), mangled(real).map(strToU8)));
    await fuzzAsync('import/text+markdown', input, ([name, bytes]) => check(name, bytes), 200);
  }, 120_000);

  it('PowerPoint: random zips with slide-like entries, damaged real .pptx, random bytes', async () => {
    const input = fc.oneof(randomZip(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/presentation.xml', 'ppt/_rels/presentation.xml.rels'], '<p:sld><p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>Stalin &amp; Trotsky</a:t></a:r></a:p></p:txBody></p:sp></p:sld>'), damagedBytes(pptx), anyBytes);
    await fuzzAsync('import/pptx', input, (bytes) => check('slides.pptx', bytes), 150);
  }, 120_000);

  it('Word: random zips with Word-like entries, damaged real .docx, random bytes', async () => {
    const input = fc.oneof(randomZip(['word/document.xml', '[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels'], '<w:document><w:body><w:p><w:r><w:t>Lenin died in 1924</w:t></w:r></w:p></w:body></w:document>'), damagedBytes(docx), anyBytes);
    await fuzzAsync('import/docx', input, (bytes) => check('notes.docx', bytes), 60);
  }, 120_000);

  it('PDF: damaged real PDFs, random bytes behind a PDF header', async () => {
    const input = fc.oneof(damagedBytes(pdf), anyBytes.map((b) => Uint8Array.from([...strToU8('%PDF-1.4\n'), ...b])), anyBytes);
    await fuzzAsync('import/pdf', input, (bytes) => check('notes.pdf', bytes), 40);
  }, 120_000);
});
