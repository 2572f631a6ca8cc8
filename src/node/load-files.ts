/**
 * Read a graph-data folder from disk into RawData (Node only: used by the CLI and the Vite plugin).
 * Never throws and never guesses: a missing, unreadable or oversized file is a problem naming it; links
 * that lead nowhere (or in a loop), links to folders and special files (FIFOs, devices) are skipped with
 * a warning and never opened.
 */
import { type Stats, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { MAX_FILES_PER_FOLDER, MAX_NOTES_FILE_BYTES, MAX_TOTAL_BYTES, MAX_YAML_FILE_BYTES } from '../model/limits';
import type { Problem } from '../model/types';
import type { RawData } from '../model/validate';
import type { DataFile } from '../model/yaml-source';

/** The largest file read (the notes' limit; YAML files have a lower one): see src/model/limits.ts. */
export const MAX_FILE_BYTES = MAX_NOTES_FILE_BYTES;
const MAX_DEPTH = 16;
const YAML = /\.ya?ml$/i;

interface Reader {
  base: string;
  problems: Problem[];
  warnings: Problem[];
  /** Bytes of the files accepted so far (MAX_TOTAL_BYTES). */
  total: number;
}

/** The path shown in messages: relative to `base` when inside it, else the full path. */
function shown(path: string, base: string): string {
  const rel = relative(base, path);
  return (rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

const folderProblem = (file: string, code: string, message: string, fix: string): Problem => ({ file, line: 0, code, message, fix });

function statOrNull(path: string, how: typeof statSync | typeof lstatSync): Stats | NodeJS.ErrnoException {
  try {
    return how(path);
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}

/**
 * A file to read, or why not: a problem for what the data needs (missing, a folder, too large, unreadable),
 * a warning for what is skipped (a broken link, a special file).
 */
function checkFile(path: string, r: Reader, what: string): boolean {
  const file = shown(path, r.base);
  const link = statOrNull(path, lstatSync);
  if (link instanceof Error) {
    r.problems.push(folderProblem(file, 'missing-file', `${what} ${file} does not exist`, `create it (see README, "The data")`));
    return false;
  }
  const st = link.isSymbolicLink() ? statOrNull(path, statSync) : link;
  if (st instanceof Error) {
    r.warnings.push(folderProblem(file, 'broken-link', `skipped ${file}: a link ${st.code === 'ELOOP' ? 'in a loop' : 'to nothing'} (${st.code})`, 'remove the link, or point it at a real file'));
    return false;
  }
  if (st.isDirectory()) {
    r.problems.push(folderProblem(file, 'not-a-file', `${what} ${file} is a folder, not a file`, 'replace it with the file'));
    return false;
  }
  if (!st.isFile()) {
    r.warnings.push(folderProblem(file, 'special-file', `skipped ${file}: not a regular file (a FIFO, socket or device)`, 'replace it with an ordinary file'));
    return false;
  }
  const max = YAML.test(path) ? MAX_YAML_FILE_BYTES : MAX_NOTES_FILE_BYTES;
  if (st.size > max) {
    r.problems.push(folderProblem(file, 'file-too-large', `the file is ${(st.size / 1048576).toFixed(2)} MB; the limit is ${max / 1048576} MB per ${YAML.test(path) ? 'data' : 'notes'} file (it was not read)`, 'split it into several files of the same folder'));
    return false;
  }
  if (r.total + st.size > MAX_TOTAL_BYTES) {
    r.problems.push(folderProblem(file, 'data-too-large', `not read: with it the data files would pass ${MAX_TOTAL_BYTES / 1048576} MB together, the limit`, 'use a smaller data set, or split it into several data folders'));
    return false;
  }
  r.total += st.size;
  return true;
}

function read(path: string, r: Reader): DataFile {
  const file = shown(path, r.base);
  try {
    return { file, text: readFileSync(path, 'utf8') };
  } catch (err) {
    r.problems.push(folderProblem(file, 'unreadable-file', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'check that the file exists and can be read'));
    return { file, text: '', missing: true };
  }
}

/** Whether `dir` is a readable folder; if not, one problem naming it. */
function checkFolder(dir: string, r: Reader, what: string): boolean {
  const st = statOrNull(dir, statSync);
  const file = shown(dir, r.base);
  if (st instanceof Error) r.problems.push(folderProblem(file, 'missing-folder', `${what} ${file} does not exist`, `create the folder ${file}/`));
  else if (!st.isDirectory()) r.problems.push(folderProblem(file, 'not-a-folder', `${what} ${file} is a file, not a folder`, `make ${file} a folder`));
  else return true;
  return false;
}

/** The YAML files under a folder, sorted, recursively; links to folders are not followed. */
function listYaml(dir: string, r: Reader, depth = 0): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    r.problems.push(folderProblem(shown(dir, r.base), 'unreadable-folder', `cannot list ${shown(dir, r.base)}: ${(err as NodeJS.ErrnoException).code}`, 'check the folder'));
    return out;
  }
  if (names.length > MAX_FILES_PER_FOLDER) {
    r.problems.push(folderProblem(shown(dir, r.base), 'too-many-files', `${names.length.toLocaleString('en-GB')} entries in one folder; the limit is ${MAX_FILES_PER_FOLDER.toLocaleString('en-GB')} (the folder was not read)`, 'keep the data in fewer, larger files (or check that --data names the right folder)'));
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    const link = statOrNull(path, lstatSync);
    if (link instanceof Error) continue;
    if (link.isDirectory()) {
      if (depth < MAX_DEPTH) out.push(...listYaml(path, r, depth + 1));
      else r.warnings.push(folderProblem(shown(path, r.base), 'too-deep', `skipped ${shown(path, r.base)}: folders nested more than ${MAX_DEPTH} deep`, 'flatten the folders'));
    } else if (YAML.test(name)) {
      const target = link.isSymbolicLink() ? statOrNull(path, statSync) : link;
      if (!(target instanceof Error) && target.isDirectory()) {
        r.warnings.push(folderProblem(shown(path, r.base), 'linked-folder', `skipped ${shown(path, r.base)}: a link to a folder`, 'copy the files in instead'));
      } else if (checkFile(path, r, 'data file')) out.push(path);
    }
  }
  return out;
}

/** The .txt files under notes/, sorted. */
function notesFiles(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'notes')).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  } catch {
    return [];
  }
}

/** The notes file of a data folder: the .txt under notes/ (the first, when there are several). */
export function notesPath(dataDir: string): string {
  return join(dataDir, 'notes', notesFiles(dataDir)[0] ?? 'notes.txt');
}

const empty = (path: string, r: Reader): DataFile => ({ file: shown(path, r.base), text: '', missing: true });

/**
 * Read every file the pipeline needs. Paths in messages are relative to `base` (the project by default).
 * Whatever cannot be read becomes one problem naming it (never an empty file read as "valid").
 */
export function readDataDir(dataDir: string, base = process.cwd()): RawData {
  const r: Reader = { base, problems: [], warnings: [], total: 0 };
  const raw = (notes: DataFile, relationTypes: DataFile, entities: DataFile[], relations: DataFile[], storylines: DataFile[] = []): RawData => ({ notes, relationTypes, entities, relations, storylines, problems: r.problems, warnings: r.warnings });
  const typesPath = join(dataDir, 'relation-types.yaml');
  if (!dataDir) {
    r.problems.push(folderProblem('--data', 'no-data-folder', 'no data folder given (an empty path)', 'give the folder holding notes/, relation-types.yaml, entities/ and relations/'));
    return raw(empty('notes', r), empty('relation-types.yaml', r), [], []);
  }
  if (!checkFolder(dataDir, r, 'the data folder')) {
    r.problems[r.problems.length - 1]!.code = 'no-data-folder';
    return raw(empty(notesPath(dataDir), r), empty(typesPath, r), [], []);
  }

  let notes: DataFile;
  const txt = notesFiles(dataDir);
  const notesDir = join(dataDir, 'notes');
  if (!checkFolder(notesDir, r, 'the notes folder')) notes = empty(notesPath(dataDir), r);
  else if (txt.length === 0) {
    r.problems.push(folderProblem(shown(notesDir, base), 'missing-file', `no notes file: ${shown(notesDir, base)}/ has no .txt file`, 'put the notes, as plain text, in one .txt file there'));
    notes = empty(notesPath(dataDir), r);
  } else {
    if (txt.length > 1) {
      r.problems.push(folderProblem(shown(notesDir, base), 'two-notes-files', `${txt.length} notes files: ${txt.join(' and ')}; a data folder has one`, 'keep one .txt file in notes/ and move the others out'));
    }
    const path = join(notesDir, txt[0]!);
    notes = checkFile(path, r, 'the notes file') ? read(path, r) : empty(path, r);
  }

  const relationTypes = checkFile(typesPath, r, 'the relation types file') ? read(typesPath, r) : empty(typesPath, r);
  const folder = (name: string) => {
    const dir = join(dataDir, name);
    return checkFolder(dir, r, `the ${name} folder`) ? listYaml(dir, r).map((p) => read(p, r)) : [];
  };
  // storylines/ is optional: a data folder without it has no storylines, and that is no problem.
  const storyDir = join(dataDir, 'storylines');
  const storylines = statOrNull(storyDir, statSync) instanceof Error ? [] : folder('storylines');
  return raw(notes, relationTypes, folder('entities'), folder('relations'), storylines);
}
