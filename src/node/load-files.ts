/** Read a graph-data folder from disk into RawData (Node only: used by the CLI and the Vite plugin). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { RawData } from '../model/validate';
import type { DataFile } from '../model/yaml-source';

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listYaml(path));
    else if (/\.ya?ml$/i.test(name)) out.push(path);
  }
  return out;
}

function read(path: string, base: string): DataFile {
  const rel = relative(base, path);
  // Inside the project: a short relative path; elsewhere (e.g. --data /tmp/x): the full path.
  const file = (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  try {
    return { file, text: readFileSync(path, 'utf8') };
  } catch {
    return { file, text: '' };
  }
}

/** The notes file of a data folder: the first .txt under notes/. */
export function notesPath(dataDir: string): string {
  const dir = join(dataDir, 'notes');
  const txt = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).sort() : [];
  return join(dir, txt[0] ?? 'notes.txt');
}

/** Read every file the pipeline needs. Paths in messages are relative to `base` (the project by default). */
export function readDataDir(dataDir: string, base = process.cwd()): RawData {
  return {
    notes: read(notesPath(dataDir), base),
    relationTypes: read(join(dataDir, 'relation-types.yaml'), base),
    entities: listYaml(join(dataDir, 'entities')).map((p) => read(p, base)),
    relations: listYaml(join(dataDir, 'relations')).map((p) => read(p, base)),
  };
}
