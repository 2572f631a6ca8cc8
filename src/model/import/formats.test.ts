// The same notes as .txt, .md, .docx, .pdf and .pptx give the same slides. The other formats are made from the
// project's notes here (src/node/import-fixtures.ts: the docx package, pdfkit, fflate), read back by the real libraries,
// with fetch replaced by a function that counts and throws: importing makes no network request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseSpace, parseNotes } from '../notes';
import { notesToDocx, notesToMarkdown, notesToPdf, notesToPptx } from '../../node/import-fixtures';
import { realNotesText } from '../../node/test-support';
import { formatOf, readNotesBytes, readNotesFile } from './read-file';
import type { ImportFormat, ImportedNotes } from './types';

const shape = (n: { slides: { title: string; headings: string[]; bullets: { text: string; heading?: string }[] }[] }) =>
  n.slides.map((s) => ({ title: normaliseSpace(s.title), headings: s.headings.map(normaliseSpace), bullets: s.bullets.map((b) => [normaliseSpace(b.heading ?? ''), normaliseSpace(b.text)]) }));

const notes = parseNotes(realNotesText());
const files = {} as Record<ImportFormat, Uint8Array>;
const realFetch = globalThis.fetch;
let fetches = 0;

beforeAll(async () => {
  globalThis.fetch = (() => {
    fetches++;
    throw new Error('import must not use the network');
  }) as typeof fetch;
  files.text = new TextEncoder().encode(realNotesText());
  files.markdown = new TextEncoder().encode(notesToMarkdown(notes));
  files.docx = await notesToDocx(notes);
  files.pdf = await notesToPdf(notes);
  files.pptx = notesToPptx(notes);
}, 120_000);

afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('every format gives the same slides as the notes text', { timeout: 120_000 }, () => {
  const want = () => shape(notes);
  for (const format of ['text', 'markdown', 'docx', 'pdf', 'pptx'] as const) {
    it(`${format}: 68 slides, titles, sub-headings and bullets verbatim (white space aside)`, async () => {
      const got: ImportedNotes = await readNotesBytes(format, files[format]);
      expect(got.format).toBe(format);
      expect(got.slides).toHaveLength(68);
      expect(shape(got)).toEqual(want());
      expect(got.slides[32]!.bullets.length).toBe(notes.slides[32]!.bullets.length);
      expect(fetches).toBe(0);
    });
  }
});

describe('bad input', { timeout: 60_000 }, () => {
  it('names the formats when the extension is unknown', async () => {
    expect(formatOf('notes.MD')).toBe('markdown');
    expect(formatOf('slides.key')).toBeNull();
    await expect(readNotesFile('slides.key', new Uint8Array())).rejects.toThrow(/use a \.txt, \.md, \.docx, \.pdf or \.pptx file/);
  });

  it('a file that is not what its name says is refused with a message, not a crash', async () => {
    const junk = new TextEncoder().encode('this is not a zip or a PDF');
    await expect(readNotesBytes('pptx', junk)).rejects.toThrow(/named as a PowerPoint file \(\.pptx\) but its first bytes show plain text/);
    await expect(readNotesBytes('docx', junk)).rejects.toThrow();
    await expect(readNotesBytes('pdf', junk)).rejects.toThrow();
    expect(fetches).toBe(0);
  });
});
