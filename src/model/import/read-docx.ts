/**
 * Word .docx → ImportedNotes, through mammoth (loaded only when a .docx is read). Paragraph styles give the
 * structure: Title / Heading 1 open a slide, Heading 2… are sub-headings, list paragraphs (and lines starting "•")
 * are bullets, other paragraphs are text; an "N of M" paragraph ends a slide as in the notes text.
 */
import { assemble } from './assemble';
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

/** Read a .docx file's bytes. Rejects with the library's message when the file is not a Word document. */
export async function readDocx(bytes: Uint8Array): Promise<ImportedNotes> {
  const mammoth = (await import('mammoth')).default;
  const found: DocElement[] = [];
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // `buffer` is what mammoth's Node build reads, `arrayBuffer` what its browser build reads.
  const input = { buffer: bytes, arrayBuffer: buffer } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    transformDocument: (doc: DocElement) => {
      paragraphs(doc, found);
      return doc;
    },
  });
  const notes = assemble(found.map(lineOf), 'docx', true);
  const skipped = result.messages.filter((m) => m.type === 'error').map((m) => `Word: ${m.message}`);
  return { ...notes, warnings: [...notes.warnings, ...skipped] };
}
