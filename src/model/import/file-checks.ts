/**
 * The checks every import reader makes before parsing: the file's size, and what its first bytes say it is (a
 * .pdf that is a PNG, a .docx that is not a zip, a .txt that is UTF-16 or binary). A refusal is an ImportRefused:
 * one message naming the file, what is wrong (with the limit) and the fix. Pure: bytes in, text or a throw out.
 */
import { MAX_IMPORT_FILE_BYTES, MAX_NOTES_FILE_BYTES, sizeText } from '../limits';
import type { ImportFormat } from './types';

/** An input the engine will not read, with a message a user can act on (never a bug). */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
  constructor(
    readonly file: string,
    readonly code: string,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`“${file}” was not imported: ${reason}. ${fix}`);
  }
}

/** What a file's first bytes say it is. */
export type Sniffed = 'zip' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'ole' | 'rtf' | 'utf16le' | 'utf16be' | 'utf16bare' | 'binary' | 'text' | 'empty';

const NAMES: Record<Sniffed, string> = {
  zip: 'a zip archive', pdf: 'a PDF', png: 'a PNG picture', jpeg: 'a JPEG picture', gif: 'a GIF picture',
  ole: 'an old-style Office file (.doc, .ppt)', rtf: 'an RTF document', utf16le: 'UTF-16 text', utf16be: 'UTF-16 text', utf16bare: 'UTF-16 text without a byte-order mark (NUL in every other byte)',
  binary: 'binary data, not text', text: 'plain text', empty: 'empty',
};

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** The kind of file the first bytes show (a PDF header may come after up to 1 kB of junk, as readers allow). */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (starts(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (starts(bytes, [0xff, 0xfe])) return 'utf16le';
  if (starts(bytes, [0xfe, 0xff])) return 'utf16be';
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return 'pdf';
  // Text without a byte-order mark: NULs in every other byte are UTF-16; other control bytes are binary.
  const sample = bytes.subarray(0, 4096);
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i]!;
    if (c === 0) {
      if (i % 2) nulOdd++;
      else nulEven++;
    }
    else if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  const half = sample.length / 2;
  if ((nulOdd > half * 0.6 && nulEven === 0) || (nulEven > half * 0.6 && nulOdd === 0)) return 'utf16bare';
  if (nulOdd + nulEven > 0 || control > sample.length * 0.05) return 'binary';
  return 'text';
}

const FORMAT_NAMES: Record<ImportFormat, string> = { text: 'a text file', markdown: 'a Markdown file', docx: 'a Word document (.docx)', pdf: 'a PDF', pptx: 'a PowerPoint file (.pptx)' };
const EXPECTED: Record<ImportFormat, Sniffed[]> = { text: ['text', 'utf16le', 'utf16be'], markdown: ['text', 'utf16le', 'utf16be'], docx: ['zip'], pdf: ['pdf'], pptx: ['zip'] };

/** Refuse a file too large for any reader, empty, or whose first bytes are not of its format. */
export function checkFile(file: string, format: ImportFormat, bytes: Uint8Array): Sniffed {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new ImportRefused(file, 'file-too-large', `it is ${sizeText(bytes.length)}; the limit for notes to import is ${sizeText(MAX_IMPORT_FILE_BYTES)}`, 'Split the notes into smaller files, or save them without pictures.');
  }
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ImportRefused(file, 'empty-file', 'the file is empty', 'Pick the file that holds the notes.');
  if (!EXPECTED[format].includes(kind)) {
    const fix = kind === 'ole' ? 'Open it in Word or PowerPoint and save it as .docx or .pptx.' : kind === 'utf16bare' ? 'Save it again as UTF-8 text.' : 'Check that this is the right file, or give it the extension of what it is.';
    throw new ImportRefused(file, 'wrong-file-type', `it is named as ${FORMAT_NAMES[format]} but its first bytes show ${NAMES[kind]}`, fix);
  }
  return kind;
}

/** The text of a .txt or .md file: UTF-8, or UTF-16 with its byte-order mark; within the notes size limit. */
export function decodeText(file: string, format: ImportFormat, bytes: Uint8Array): string {
  const kind = checkFile(file, format, bytes);
  const text = new TextDecoder(kind === 'utf16le' ? 'utf-16le' : kind === 'utf16be' ? 'utf-16be' : 'utf-8').decode(bytes);
  if (text.length > MAX_NOTES_FILE_BYTES) {
    throw new ImportRefused(file, 'file-too-large', `it is ${text.length.toLocaleString('en-GB')} characters; the limit for notes is ${sizeText(MAX_NOTES_FILE_BYTES)} of text`, 'Split the notes into smaller files.');
  }
  return text;
}
