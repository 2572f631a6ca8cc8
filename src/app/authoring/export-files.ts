/**
 * The files of a dataset's zip export: laid out as graph-data/ is (notes/<name>.txt, relation-types.yaml,
 * entities/*.yaml, relations/*.yaml, storylines/*.yaml) at the zip's root, so the unzipped folder is what
 * `npm run graph -- validate --data DIR` reads. Files the pipeline does not read are left out.
 */
import { rawFromFiles, type PickedFile } from '../datasets/raw-from-files';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Folder + base name, made unique within the folder ("core.yaml", "core-2.yaml" …). */
function place(folder: string, file: string, used: Set<string>): string {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let path = `${folder}${name}`;
  for (let n = 2; used.has(path); n++) path = `${folder}${stem}-${n}${ext}`;
  used.add(path);
  return path;
}

/** The dataset's files as the zip holds them, in a stable order (path → text). */
export function exportFiles(files: readonly PickedFile[]): PickedFile[] {
  const { raw } = rawFromFiles(files);
  const used = new Set<string>();
  const out: PickedFile[] = [];
  if (raw.notes.text) out.push({ path: place('notes/', raw.notes.file.endsWith('.txt') ? raw.notes.file : 'notes.txt', used), text: raw.notes.text });
  if (raw.relationTypes.text) out.push({ path: 'relation-types.yaml', text: raw.relationTypes.text });
  for (const f of raw.entities) out.push({ path: place('entities/', f.file, used), text: f.text });
  for (const f of raw.relations) out.push({ path: place('relations/', f.file, used), text: f.text });
  for (const f of raw.storylines ?? []) out.push({ path: place('storylines/', f.file, used), text: f.text });
  return out;
}

/** A file name for the zip from the dataset's name ("Bolshevik … (my copy)" → "bolshevik-…-my-copy.zip"). */
export function zipName(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'dataset'}.zip`;
}
