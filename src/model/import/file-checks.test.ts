// The import doors refuse hostile files with one message naming the file, the limit and the fix: zip bombs in
// .docx and .pptx (caught from the directory, or while inflating), huge or protected PDFs, wrong file types.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encryptedPdf, manyPagePdf, rawZip, deflatedZeros, wrongTypes, zipBombs } from '../../node/hostile-files';
import { MAX_IMPORT_FILE_BYTES, MAX_PDF_PAGES } from '../limits';
import { ImportRefused, sniff } from './file-checks';
import { readNotesFile } from './read-file';
import { unzipBounded } from './zip-guard';

async function refusal(name: string, bytes: Uint8Array): Promise<ImportRefused> {
  const err = await readNotesFile(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportRefused);
  expect((err as Error).message).toContain(`“${name}”`);
  return err as ImportRefused;
}

describe('zip bombs in .docx and .pptx', { timeout: 60_000 }, () => {
  for (const bomb of zipBombs()) {
    for (const name of ['bomb.docx', 'bomb.pptx']) {
      it(`${name}: ${bomb.label} → refused, naming the limit`, async () => {
        const err = await refusal(name, bomb.bytes);
        expect(err.code).toBe('zip-too-large');
        expect(err.message).toMatch(/limit/);
        expect(err.message).toMatch(/\. \S/); // a fix follows the reason
      });
    }
  }

  it('a zip that lies about its sizes is stopped while inflating, having kept at most the limit', () => {
    const zip = rawZip([{ name: 'word/document.xml', data: deflatedZeros(120), declaredSize: 1000 }]);
    expect(() => unzipBounded('lie.docx', zip, 'a Word document')).toThrow(/inflates to more than 100 MB, the limit per file inside/);
  });

  it('XML nested past the limit (10,000 unclosed tags) is refused before a parser sees it', async () => {
    const deep = (part: string) => zipSync({ [part]: strToU8('<w:document><w:body>'.repeat(5_000)) });
    expect((await refusal('deep.docx', deep('word/document.xml'))).message).toMatch(/“word\/document\.xml” inside it nests more than 256 levels deep/);
    expect((await refusal('deep.pptx', deep('ppt/slides/slide1.xml'))).code).toBe('xml-too-deep');
  });

  it('an honest zip within the limits is read whole', () => {
    const files = unzipBounded('ok.pptx', zipSync({ 'ppt/a.xml': strToU8('<a/>'), 'ppt/b.xml': [strToU8('b'.repeat(10_000)), { level: 0 }] }), 'x');
    expect(Object.keys(files).sort()).toEqual(['ppt/a.xml', 'ppt/b.xml']);
    expect(files['ppt/b.xml']!.length).toBe(10_000);
  });

  it('a zip cut short, or a docx zip without Word\'s document, is named as such', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect((await refusal('cut.docx', zip.subarray(0, zip.length - 30))).message).toMatch(/cut short|damaged/);
    expect((await refusal('other.docx', zipSync({ 'a.txt': strToU8('x') }))).message).toMatch(/not a Word document/);
    expect((await refusal('other.pptx', zipSync({ 'a.txt': strToU8('x') }))).message).toMatch(/no slides/);
  });
});

describe('PDFs', { timeout: 60_000 }, () => {
  it(`more than ${MAX_PDF_PAGES} pages → refused with the page count and the limit`, async () => {
    const err = await refusal('huge.pdf', manyPagePdf(MAX_PDF_PAGES + 1));
    expect(err.message).toContain(`${(MAX_PDF_PAGES + 1).toLocaleString('en-GB')} pages; the limit is ${MAX_PDF_PAGES.toLocaleString('en-GB')}`);
  });

  it('a password-protected PDF → "protected by a password"', async () => {
    const err = await refusal('secret.pdf', encryptedPdf());
    expect(err.code).toBe('pdf-encrypted');
    expect(err.message).toMatch(/protected by a password/);
  });

  it('a PDF header over junk → "not a readable PDF"', async () => {
    expect((await refusal('junk.pdf', strToU8('%PDF-1.7\n garbage garbage'))).code).toBe('pdf-unreadable');
  });

  it(`any file over ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB is refused before it is read`, async () => {
    const big = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1);
    expect((await refusal('big.pdf', big)).message).toMatch(/50\.00 MB; the limit for notes to import is 50 MB/);
  });
});

describe('the wrong type behind a right extension', () => {
  for (const [name, bytes, what] of wrongTypes()) {
    it(`${name} holding ${what.source} → named from its first bytes`, async () => {
      expect((await refusal(name, bytes)).message).toMatch(what);
    });
  }

  it('UTF-16 text with its byte-order mark is read as the text it is', async () => {
    const text = '\uFEFFItaly\n- Mussolini founded the Fasci in 1919\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(sniff(bytes)).toBe('utf16le');
    const notes = await readNotesFile('notes.txt', bytes);
    expect(notes.slides[0]!.bullets[0]!.text).toBe('Mussolini founded the Fasci in 1919');
  });
});
