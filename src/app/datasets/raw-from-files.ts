/**
 * Files picked in the browser (a folder, or loose files) → the RawData the model's validateData takes,
 * placed as src/node/load-files.ts places a data folder read from disk: the first notes/*.txt, relation-types.yaml,
 * every YAML file under entities/ and under relations/ (sorted by path). Pure: the view reads the files' text.
 */
import type { Problem } from '../../model/types';
import type { RawData } from '../../model/validate';
import type { DataFile } from '../../model/yaml-source';

/** One picked file: its path within the pick (the browser's webkitRelativePath, else its name) and its text. */
export interface PickedFile {
  path: string;
  text: string;
}

export interface PickedDataset {
  raw: RawData;
  /** The picked folder's name, or a name made from the notes file when loose files were picked. */
  name: string;
  /** Files that are not part of a dataset (images, other text), by path. */
  ignored: string[];
  /** Parts a dataset needs and the pick lacks (no notes, no relation types, no entities). */
  problems: Problem[];
}

const YAML = /\.ya?ml$/i;
const FOLDERS = new Set(['notes', 'entities', 'relations', 'storylines']);

const normalise = (path: string) => path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
const byPath = (a: DataFile, b: DataFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The folder the dataset sits in (with a trailing slash), from the first path that shows the dataset's shape. */
function datasetRoot(paths: string[]): string {
  for (const path of paths) {
    const parts = path.split('/');
    const at = parts.findIndex((p, i) => (FOLDERS.has(p) && i < parts.length - 1) || (i === parts.length - 1 && /^relation-types\.ya?ml$/i.test(p)));
    if (at >= 0) return parts.slice(0, at).map((p) => `${p}/`).join('');
  }
  return '';
}

/** Which list a loose YAML file (not under entities/ or relations/) belongs to, from its first fields. */
function sniff(text: string): 'entities' | 'relations' | 'storylines' | null {
  if (/^\s*-?\s*(steps|caption):/m.test(text)) return 'storylines';
  if (/^\s*-?\s*(source|target|evidence):/m.test(text)) return 'relations';
  if (/^\s*-?\s*(id|kind|aliases):/m.test(text)) return 'entities';
  return null;
}

/** Place picked files into RawData. Whatever is picked, returns; what is missing becomes a problem. */
export function rawFromFiles(files: readonly PickedFile[]): PickedDataset {
  const all = files.map((f) => ({ file: normalise(f.path), text: f.text })).sort(byPath);
  const root = datasetRoot(all.map((f) => f.file));
  const notes: DataFile[] = [];
  const looseNotes: DataFile[] = [];
  const entities: DataFile[] = [];
  const relations: DataFile[] = [];
  const storylines: DataFile[] = [];
  const ignored: string[] = [];
  let relationTypes: DataFile | null = null;
  for (const f of all) {
    const inner = f.file.startsWith(root) ? f.file.slice(root.length) : f.file;
    const top = inner.includes('/') ? inner.slice(0, inner.indexOf('/')) : '';
    if (/\.txt$/i.test(f.file)) (top === 'notes' ? notes : looseNotes).push(f);
    else if (!YAML.test(f.file)) ignored.push(f.file);
    else if (/^relation-types\.ya?ml$/i.test(baseName(f.file)) && !relationTypes) relationTypes = f;
    else if (top === 'entities') entities.push(f);
    else if (top === 'relations') relations.push(f);
    else if (top === 'storylines') storylines.push(f);
    else {
      const list = sniff(f.text);
      if (list === 'entities') entities.push(f);
      else if (list === 'relations') relations.push(f);
      else if (list === 'storylines') storylines.push(f);
      else ignored.push(f.file);
    }
  }
  const notesFile = notes[0] ?? looseNotes[0];
  for (const extra of [...notes, ...looseNotes]) if (extra !== notesFile) ignored.push(extra.file);

  const problems: Problem[] = [];
  const missing = (file: string, code: string, message: string, fix: string) => problems.push({ file, line: 1, code, message, fix });
  if (!notesFile) missing(`${root}notes/`, 'missing-notes', 'the dataset has no notes (.txt file)', 'pick the whole data folder, or include the notes .txt file');
  if (!relationTypes) missing(`${root}relation-types.yaml`, 'missing-relation-types', 'the dataset has no relation-types.yaml', 'pick the whole data folder, or include relation-types.yaml');
  if (entities.length === 0) missing(`${root}entities/`, 'missing-entities', 'the dataset has no entities (YAML files under entities/)', 'pick the whole data folder, or include the entity YAML files');

  const folder = root.replace(/\/$/, '');
  const name = folder ? baseName(folder) : notesFile ? baseName(notesFile.file).replace(/\.txt$/i, '') : 'Picked files';
  return {
    raw: {
      notes: notesFile ?? { file: `${root}notes/notes.txt`, text: '' },
      relationTypes: relationTypes ?? { file: `${root}relation-types.yaml`, text: '' },
      entities,
      relations,
      storylines,
      // As the Node reader gives them. What is missing is returned beside (`problems`), not here: the validator
      // would go on to check the empty stand-ins and bury the one real problem under their noise.
      problems: [],
      warnings: [],
    },
    name,
    ignored,
    problems,
  };
}
