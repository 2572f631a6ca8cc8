/**
 * Every limit the data pipeline enforces, in one place (documented in the README, "Hostile input").
 * Each is checked before parsing, so a huge or junk input costs a scan, not a parse; each message states the
 * limit and the fix. The real notes and data are far inside them (largest YAML file 47 kB, notes 60 kB, longest
 * line 264 characters); the 10,000-entity synthetic bench folder is too (largest YAML file 0.4 MB, notes 4 MB).
 */
import type { Problem } from './types';
import type { DataFile } from './yaml-source';

const MB = 1024 * 1024;

/** The largest YAML data file (entities, relations, relation types), in bytes or characters. */
export const MAX_YAML_FILE_BYTES = 2 * MB;
/** The largest notes file. */
export const MAX_NOTES_FILE_BYTES = 8 * MB;
/** All the files of a data folder together. */
export const MAX_TOTAL_BYTES = 40 * MB;
/** Records ("- " items at the left margin) in one YAML file. */
export const MAX_RECORDS_PER_FILE = 10_000;
/** The longest line of any file, in characters: no label, quote or note needs more. */
export const MAX_LINE_LENGTH = 10_000;
/** Indentation (columns) and unclosed [ { brackets a YAML file may nest: the data is a list of flat records. */
export const MAX_INDENT = 200;
export const MAX_FLOW_DEPTH = 64;
/** YAML files read from one folder (with its sub-folders). */
export const MAX_FILES_PER_FOLDER = 1_000;
/** Values longer than this get no "did you mean" (edit distance is quadratic in length). */
export const MAX_SUGGEST_LENGTH = 100;
/** Values echoed in messages are cut to this many characters, with the full length stated. */
export const MAX_ECHO_LENGTH = 100;
/** Problems listed per file; the rest are counted in one closing problem. */
export const MAX_PROBLEMS_PER_FILE = 50;

const mb = (n: number) => `${(n / MB).toFixed(n % MB ? 2 : 0)} MB`;

/**
 * The first limit a file's text breaks, as one problem naming the file (and line, for a long line), or null.
 * A linear scan of the text: no parsing, no allocation per line.
 */
export function textLimitProblem(file: DataFile, kind: 'notes' | 'yaml'): Problem | null {
  const text = String(file.text ?? '');
  const max = kind === 'notes' ? MAX_NOTES_FILE_BYTES : MAX_YAML_FILE_BYTES;
  const problem = (line: number, code: string, message: string, fix: string): Problem => ({ file: file.file, line, code, message, fix });
  const nested = (line: number, what: string) => problem(line, 'nested-too-deep', `${what}: nested deeper than a data file can be (limits: ${MAX_INDENT} columns, ${MAX_FLOW_DEPTH} open brackets; the file was not read)`, 'write each record as "- field: value" lines at the left margin, as in the other files; check that this is the right file');
  if (text.length > max) {
    return problem(0, 'file-too-large', `the file is ${mb(text.length)}; the limit is ${mb(max)} per ${kind === 'notes' ? 'notes' : 'data'} file (it was not read)`, kind === 'notes' ? 'split the notes into a smaller set' : 'split it into several files of the same folder');
  }
  let line = 1;
  let start = 0;
  let records = 0;
  let depth = 0;
  let quote = 0;
  let indent = kind === 'yaml' ? 0 : -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10) {
      if (kind !== 'yaml') continue;
      if (indent >= 0) {
        if (c === 32) indent++;
        else {
          if (indent > MAX_INDENT) return nested(line, `line ${line} is indented ${indent} columns`);
          indent = -1;
        }
      }
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 91 || c === 123) {
        if (++depth > MAX_FLOW_DEPTH) return nested(line, `more than ${MAX_FLOW_DEPTH} brackets are open at line ${line}`);
      } else if ((c === 93 || c === 125) && depth > 0) depth--;
      continue;
    }
    quote = 0;
    if (kind === 'yaml') indent = 0;
    if (i - start > MAX_LINE_LENGTH) {
      return problem(line, 'line-too-long', `line ${line} is ${(i - start).toLocaleString('en-GB')} characters; the limit is ${MAX_LINE_LENGTH.toLocaleString('en-GB')} (the file was not read)`, 'break the text up, or check that this is the right file (a data file is short lines of text)');
    }
    if (kind === 'yaml' && text.charCodeAt(start) === 45 /* - */ && (i === start + 1 || text.charCodeAt(start + 1) === 32 || text.charCodeAt(start + 1) === 13)) {
      if (++records > MAX_RECORDS_PER_FILE) {
        return problem(line, 'too-many-records', `more than ${MAX_RECORDS_PER_FILE.toLocaleString('en-GB')} records in one file (the file was not read)`, 'split it into several files of the same folder');
      }
    }
    line++;
    start = i + 1;
  }
  return null;
}

/** One problem when the files together exceed MAX_TOTAL_BYTES, naming the folder (the first file's), else null. */
export function totalSizeProblem(files: readonly DataFile[], folder: string): Problem | null {
  let total = 0;
  for (const f of files) total += String(f.text ?? '').length;
  if (total <= MAX_TOTAL_BYTES) return null;
  return { file: folder, line: 0, code: 'data-too-large', message: `the data files together are ${mb(total)}; the limit is ${mb(MAX_TOTAL_BYTES)}`, fix: 'use a smaller data set, or split it into several data folders' };
}

/*
 * Import formats (src/model/import/): notes given as a file at run time. A real set of revision notes is well under
 * 1 MB of text; a Word or PowerPoint file with pictures rarely passes 50 MB. Zip archives (.docx, .pptx) are checked
 * from the sizes their central directory declares before anything is inflated, then again while inflating (a zip
 * can lie about its sizes).
 */
/** The largest file of any import format, in bytes (checked before reading it). */
export const MAX_IMPORT_FILE_BYTES = 50 * MB;
/** Entries in one .docx or .pptx zip. Real ones hold tens to a few hundred. */
export const MAX_ZIP_ENTRIES = 5_000;
/** All the entries of one zip together, inflated. */
export const MAX_ZIP_INFLATED_BYTES = 200 * MB;
/** One entry of a zip, inflated (the document's XML, a picture). */
export const MAX_ZIP_ENTRY_BYTES = 100 * MB;
/** The longest entry path in a zip, in characters, and its most folders. */
export const MAX_ZIP_PATH_LENGTH = 400;
export const MAX_ZIP_PATH_DEPTH = 16;
/** How deep the XML of a Word or PowerPoint part may nest (real documents: under 30; a parser slows on more). */
export const MAX_XML_DEPTH = 256;
/** Pages of one PDF. */
export const MAX_PDF_PAGES = 2_000;

/** Sizes in messages: "4.00 GB", "200 MB", "12 kB". */
export function sizeText(n: number): string {
  if (n >= 1024 * MB) return `${(n / 1024 / MB).toFixed(2)} GB`;
  if (n >= MB) return `${(n / MB).toFixed(n % MB ? 2 : 0)} MB`;
  return `${Math.ceil(n / 1024)} kB`;
}
