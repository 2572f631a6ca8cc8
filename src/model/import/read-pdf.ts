/**
 * PDF → ImportedNotes, through pdfjs-dist (its legacy build, which runs in Node ≥ 20.19 and in browsers; loaded
 * only when a PDF is read). Each page is a slide. Text items are put in reading order (top to bottom, then left
 * to right) and joined into lines; a line starting with a bullet mark is a bullet, and the lines after it that
 * start further right are its wrapped continuation. An "N of M" line ends a slide, as in the notes text.
 */
import { MAX_PDF_PAGES } from '../limits';
import { assemble } from './assemble';
import { checkFile, ImportRefused } from './file-checks';
import type { ImportedNotes, SourceLine } from './types';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  x: number;
  /** Where the text after a bullet mark starts (a wrapped line of the bullet starts there). */
  textX: number;
  y: number;
  size: number;
}

const BULLET = /^[•·▪◦‣∙■●\-–*]\s*/u;
const SLIDE_END = /^\s*(\d+)\s+of\s+(\d+)\s*$/;

/** Items → lines: items whose baselines are within a third of the font size share a line; a gap wider than a fifth of it is a space. */
function linesOf(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - it.y) <= Math.max(1, row[0]!.size / 3)) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let textX = row[0]!.x;
    for (const [i, it] of row.entries()) {
      if (text && it.x - end > it.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      if (i === 1 && BULLET.test(row[0]!.str) && !row[0]!.str.replace(BULLET, '').trim()) textX = it.x;
      text += it.str;
      end = it.x + it.width;
    }
    return { text, x: row[0]!.x, textX, y: row[0]!.y, size: row.reduce((m, r) => Math.max(m, r.size), 0) };
  });
}

function sourceLines(lines: Line[]): SourceLine[] {
  const out: SourceLine[] = [];
  const margin = lines.reduce((m, l) => Math.min(m, l.x), Infinity);
  let bullet: { text: string; textX: number } | null = null;
  const flush = () => {
    if (bullet) out.push({ kind: 'bullet', text: bullet.text, level: 0 });
    bullet = null;
  };
  for (const l of lines) {
    const end = SLIDE_END.exec(l.text);
    if (end) {
      flush();
      out.push({ kind: 'end', number: Number(end[1]) });
    } else if (BULLET.test(l.text.trimStart())) {
      flush();
      bullet = { text: l.text.trimStart().replace(BULLET, ''), textX: l.textX };
    } else if (bullet && l.x >= bullet.textX - 1 && l.x > margin + 2) {
      bullet.text += (/\s$/.test(bullet.text) ? '' : ' ') + l.text.trimStart();
    } else {
      flush();
      out.push({ kind: 'text', text: l.text });
    }
  }
  flush();
  return out;
}

/** pdf.js's refusal as an ImportRefused: a password, a damaged file, or (never seen) anything else it throws. */
function refusal(name: string, err: unknown): ImportRefused {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new ImportRefused(name, 'pdf-encrypted', 'it is protected by a password', 'Open it, and save or print it to a PDF without a password.');
  return new ImportRefused(name, 'pdf-unreadable', `it is not a readable PDF (${String(e?.message ?? err).slice(0, 200)})`, 'Open it in a PDF reader and save it again, or export the notes as .docx or .txt.');
}

/** Read a PDF's bytes. Rejects with an ImportRefused naming `name` for a password, too many pages or a damaged file. */
export async function readPdf(bytes: Uint8Array, name = 'the PDF'): Promise<ImportedNotes> {
  checkFile(name, 'pdf', bytes);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the bytes it is given: pass a copy so the caller's stay usable. No password is
  // offered: a protected PDF rejects with a PasswordException at once.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw refusal(name, err);
  }
  if (doc.numPages > MAX_PDF_PAGES) {
    await task.destroy();
    throw new ImportRefused(name, 'pdf-too-many-pages', `it has ${doc.numPages.toLocaleString('en-GB')} pages; the limit is ${MAX_PDF_PAGES.toLocaleString('en-GB')}`, 'Import the notes in parts (print a range of pages to a new PDF).');
  }
  const lines: SourceLine[] = [];
  const warnings: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || it.height || 10 });
      }
      if (!items.length) warnings.push(`page ${p} has no text (a scanned page needs OCR first)`);
      for (const l of sourceLines(linesOf(items))) lines.push(l);
      lines.push({ kind: 'page' });
      page.cleanup();
    }
  } catch (err) {
    throw refusal(name, err);
  } finally {
    await task.destroy();
  }
  const notes = assemble(lines, 'pdf');
  return { ...notes, warnings: [...warnings, ...notes.warnings] };
}
