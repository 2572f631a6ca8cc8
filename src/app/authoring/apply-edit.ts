/**
 * Applying one authoring edit to a dataset's files (as saved: path + text), returning new files and never touching
 * the old ones. A relation or an entity is appended to `relations/my-edits.yaml` / `entities/my-edits.yaml` (made
 * on first use, beside the dataset's own folders); an alias is added to the entity's own record in its file, the
 * rest of the file (comments, order) kept. The result goes through the pipeline like any dataset.
 */
import { type Document, isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { Certainty, DateSource, EntityKind } from '../../model/types';
import { rawFromFiles, type PickedFile } from '../datasets/raw-from-files';

export interface RelationEdit {
  kind: 'relation';
  source: string;
  type: string;
  target: string;
  start: number | null;
  end: number | null;
  certainty: Certainty;
  dateSource: DateSource;
  slide: number;
  quote: string;
}

export interface EntityEdit {
  kind: 'entity';
  name: string;
  entityKind: EntityKind;
  start: number | null;
  end: number | null;
  dateSource: DateSource;
}

export interface AliasEdit {
  kind: 'alias';
  entity: string;
  alias: string;
}

export type AuthoringEdit = RelationEdit | EntityEdit | AliasEdit;

export type EditResult = { ok: true; files: PickedFile[]; summary: string } | { ok: false; reason: string };

const EDITS_FILE = 'my-edits.yaml';
const HEADER = (what: string) => `# ${what} made in Allegiance's Notes view (evidence-first authoring): every quote is verbatim from its slide.\n`;

/** The folder the dataset's files sit in ('' or 'name/'), from where its relation-types.yaml is. */
function rootOf(files: readonly PickedFile[]): string {
  const types = rawFromFiles(files).raw.relationTypes.file;
  return types.includes('/') ? types.slice(0, types.lastIndexOf('/') + 1) : '';
}

/** Append YAML list items to `<root><folder>/my-edits.yaml`, creating it with a header. */
function appendTo(files: readonly PickedFile[], folder: 'entities' | 'relations', item: Record<string, unknown>): PickedFile[] {
  const path = `${rootOf(files)}${folder}/${EDITS_FILE}`;
  const text = `\n${stringify([item], { lineWidth: 0 })}`;
  const existing = files.find((f) => f.path === path);
  if (existing) return files.map((f) => (f === existing ? { path, text: f.text.replace(/\n*$/, '\n') + text } : f));
  return [...files, { path, text: HEADER(folder === 'entities' ? 'Entities' : 'Relations') + text }];
}

/** Every entity id in the dataset's entity files (a file that does not parse is skipped). */
export function entityIds(files: readonly PickedFile[]): Set<string> {
  const ids = new Set<string>();
  for (const f of rawFromFiles(files).raw.entities) {
    const doc: Document = parseDocument(f.text);
    if (isSeq(doc.contents)) for (const item of doc.contents.items) if (isMap(item) && typeof item.get('id') === 'string') ids.add(item.get('id') as string);
  }
  return ids;
}

/** A kebab-case id for a name, unused in `taken` ("Leon Trotsky" → "leon-trotsky", then "leon-trotsky-2" …). */
export function idFor(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function relationItem(e: RelationEdit): Record<string, unknown> {
  return {
    source: e.source,
    type: e.type,
    target: e.target,
    ...(e.start !== null ? { start: String(e.start) } : {}),
    ...(e.end !== null ? { end: String(e.end) } : {}),
    ...(e.certainty !== 'stated' ? { certainty: e.certainty } : {}),
    ...(e.dateSource !== 'notes' ? { dateSource: e.dateSource } : {}),
    evidence: [{ slide: e.slide, quote: e.quote }],
  };
}

/** Add `alias` to the entity `id` in whichever entity file holds it. */
function addAlias(files: readonly PickedFile[], e: AliasEdit): EditResult {
  const alias = e.alias.trim();
  if (!alias) return { ok: false, reason: 'the alias is empty' };
  const entityPaths = new Set(rawFromFiles(files).raw.entities.map((f) => f.file));
  for (const f of files) {
    if (!entityPaths.has(f.path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, ''))) continue;
    const doc: Document = parseDocument(f.text);
    if (!isSeq(doc.contents)) continue;
    const item = doc.contents.items.find((i) => isMap(i) && i.get('id') === e.entity);
    if (!isMap(item)) continue;
    const aliases = item.get('aliases');
    const label = String(item.get('label') ?? e.entity);
    if (isSeq(aliases)) {
      if (aliases.items.some((a) => String((a as { value?: unknown }).value ?? a).toLowerCase() === alias.toLowerCase())) return { ok: false, reason: `${label} already has the alias “${alias}”` };
      aliases.add(doc.createNode(alias));
    } else item.set('aliases', doc.createNode([alias], { flow: true }));
    const text = doc.toString({ lineWidth: 0 });
    return { ok: true, files: files.map((g) => (g === f ? { path: f.path, text } : g)), summary: `Alias “${alias}” added to ${label}` };
  }
  return { ok: false, reason: `no entity “${e.entity}” in the dataset's entity files` };
}

/** Apply one edit; the old files are left as they were. */
export function applyEdit(files: readonly PickedFile[], edit: AuthoringEdit): EditResult {
  if (edit.kind === 'alias') return addAlias(files, edit);
  if (edit.kind === 'relation') {
    return { ok: true, files: appendTo(files, 'relations', relationItem(edit)), summary: `Relation ${edit.source} ${edit.type} ${edit.target} (slide ${edit.slide}) added` };
  }
  const name = edit.name.trim();
  if (!name) return { ok: false, reason: 'the entity has no name' };
  const id = idFor(name, entityIds(files));
  const item = {
    id,
    label: name,
    kind: edit.entityKind,
    aliases: [],
    ...(edit.start !== null ? { start: String(edit.start) } : {}),
    ...(edit.end !== null ? { end: String(edit.end) } : {}),
    ...(edit.dateSource !== 'notes' && (edit.start !== null || edit.end !== null) ? { dateSource: edit.dateSource } : {}),
  };
  return { ok: true, files: appendTo(files, 'entities', item), summary: `Entity ${name} (${edit.entityKind}) added` };
}
