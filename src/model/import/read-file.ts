/** Any notes file → ImportedNotes: the format from the file name, each library-backed reader loaded only when its format is read. */
import { decodeText } from './file-checks';
import { readMarkdown, readPlainText } from './read-text';
import type { ImportFormat, ImportedNotes } from './types';

const BY_EXTENSION: Record<string, ImportFormat> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', docx: 'docx', pdf: 'pdf', pptx: 'pptx' };

/** The format of a file from its name, or null when the engine cannot read it. */
export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || null;
}

/** The formats, as the extensions a file picker may accept. */
export const IMPORT_EXTENSIONS = Object.keys(BY_EXTENSION).map((e) => `.${e}`);

/**
 * Read notes in the given format from their bytes. Text is decoded as UTF-8, or UTF-16 with a byte-order mark.
 * Every input is checked first (file-checks.ts: size, what the first bytes show; zip-guard.ts: zip bombs); a
 * refusal rejects with an ImportRefused whose message names `name` (the file), the limit and the fix.
 */
export async function readNotesBytes(format: ImportFormat, bytes: Uint8Array, name = `the ${format} file`): Promise<ImportedNotes> {
  switch (format) {
    case 'text':
      return readPlainText(decodeText(name, format, bytes));
    case 'markdown':
      return readMarkdown(decodeText(name, format, bytes));
    case 'docx':
      return (await import('./read-docx')).readDocx(bytes, name);
    case 'pdf':
      return (await import('./read-pdf')).readPdf(bytes, name);
    case 'pptx':
      return (await import('./read-pptx')).readPptx(bytes, name);
  }
}

/** Read a notes file by name: the format from its extension; an unknown extension is an error naming the formats. */
export async function readNotesFile(fileName: string, bytes: Uint8Array): Promise<ImportedNotes> {
  const format = formatOf(fileName);
  if (!format) throw new Error(`cannot import "${fileName}": use a .txt, .md, .docx, .pdf or .pptx file`);
  return readNotesBytes(format, bytes, fileName);
}
