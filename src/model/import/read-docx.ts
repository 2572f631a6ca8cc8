/**
 * Word .docx → ImportedNotes, through mammoth (loaded only when a .docx is read). Paragraph styles give the
 * structure: Title / Heading 1 open a slide, Heading 2… are sub-headings, list paragraphs (and lines starting "•")
 * are bullets, other paragraphs are text; an "N of M" paragraph ends a slide as in the notes text.
 */
import { assemble } from './assemble';
import { checkFile, ImportRefused } from './file-checks';
import { checkXmlDepth, unzipBounded } from './zip-guard';
import type { ImportedNotes, SourceLine } from './types';

interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number } | null;
}

const SLIDE_END = /^\s*(\d+)\s+of\s+(\d+)\s*$/;

function textOf(el: DocElement): string {
  if (el.type === 'text') return el.value ?? '';
  if (el.type === 'tab') return '\t';
  if (el.type === 'break') return ' ';
  return (el.children ?? []).map(textOf).join('');
}

function lineOf(p: DocElement): SourceLine {
  const text = textOf(p);
  if (!text.trim()) return { kind: 'blank' };
  const end = SLIDE_END.exec(text);
  if (end) return { kind: 'end', number: Number(end[1]) };
  const style = `${p.styleName ?? ''} ${p.styleId ?? ''}`.toLowerCase();
  if (/\btitle\b|heading ?1\b/.test(style) && !/subtitle/.test(style)) return { kind: 'title', text };
  if (/heading ?[2-9]\b|subtitle/.test(style)) return { kind: 'heading', text };
  if (p.numbering) return { kind: 'bullet', text, level: Number(p.numbering.level) || 0 };
  const mark = /^\s*[•·▪◦‣∙]\s?(.*)$/su.exec(text);
  if (mark) return { kind: 'bullet', text: mark[1]!, level: 0 };
  if (/list/.test(style)) return { kind: 'bullet', text, level: 0 };
  return { kind: 'text', text };
}

function paragraphs(el: DocElement, out: DocElement[]): void {
  if (el.type === 'paragraph') out.push(el);
  else for (const c of el.children ?? []) paragraphs(c, out);
}

const WORD = 'a Word document (.docx)';

/**
 * Read a .docx file's bytes. The zip is checked and inflated within the limits first (zip-guard.ts), and mammoth
 * is given a stored (uncompressed) copy of exactly those entries, so it never inflates more than was checked.
 * Rejects with an ImportRefused naming `name` when the file is not a readable Word document.
 */
export async function readDocx(bytes: Uint8Array, name = 'the Word document'): Promise<ImportedNotes> {
  checkFile(name, 'docx', bytes);
  // Pictures and embedded files are not notes: they are never inflated (mammoth gets them empty and never reads them).
  const media = (f: string) => /^word\/(media|embeddings)\//.test(f);
  const entries = unzipBounded(name, bytes, WORD, (f) => !media(f));
  for (const [part, data] of Object.entries(entries)) if (/\.(xml|rels)$/i.test(part)) checkXmlDepth(name, part, data, WORD);
  if (!entries['word/document.xml']) throw new ImportRefused(name, 'not-a-docx', 'it is a zip but not a Word document (it has no word/document.xml)', 'Open it in Word and save it as .docx.');
  const { zipSync } = await import('fflate');
  const stored = zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { level: 0 }]])));
  const mammoth = (await import('mammoth')).default;
  const found: DocElement[] = [];
  const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
  // `buffer` is what mammoth's Node build reads, `arrayBuffer` what its browser build reads.
  const input = { buffer: stored, arrayBuffer: buffer } as unknown as { arrayBuffer: ArrayBuffer };
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(input, {
      // Pictures are not notes: leave them out rather than encode each one into the HTML.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      transformDocument: (doc: DocElement) => {
        paragraphs(doc, found);
        return doc;
      },
    });
  } catch (err) {
    throw new ImportRefused(name, 'not-a-docx', `Word's XML inside it could not be read (${String(err instanceof Error ? err.message : err).slice(0, 200)})`, 'Open it in Word and save it again as .docx.');
  }
  const notes = assemble(found.map(lineOf), 'docx', true);
  const skipped = result.messages.filter((m) => m.type === 'error').map((m) => `Word: ${m.message}`);
  return { ...notes, warnings: [...notes.warnings, ...skipped] };
}
