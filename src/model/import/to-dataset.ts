/**
 * Accepted suggestions → the files of an ordinary dataset (notes text, relation types, entities, relations),
 * which validateData accepts with no problems: anything it would refuse (a name another entity has, a type that
 * does not allow the kinds, a relation of an entity not kept) is left out and listed in `skipped`.
 */
import { stringify } from 'yaml';
import { MIN_QUOTE_LENGTH, type RawData } from '../validate';
import { hiddenCharacter } from '../text-limits';
import type { RelationTypeDef } from '../types';
import type { DecidedEntity, DecidedRelation } from './decisions';
import { relationTypesFromYaml } from './relation-types';
import { toNotesText } from './to-notes-text';
import type { EntitySuggestion, ImportedNotes, RelationSuggestion } from './types';
import { idOf } from './words';

export interface Accepted {
  entities: (EntitySuggestion | DecidedEntity)[];
  relations: (RelationSuggestion | DecidedRelation)[];
}

export interface DatasetFiles {
  /** Paths inside the dataset folder: notes/<name>.txt, relation-types.yaml, entities/imported.yaml, relations/imported.yaml. */
  raw: RawData;
  skipped: { key: string; reason: string }[];
}

const HEADER = (what: string, title: string) => `# ${what} suggested by "graph import" from "${title}" and kept by the user.\n# Edit freely: \`npm run graph -- validate --data <this folder>\` checks the result.\n\n`;

/** The dataset files for the accepted suggestions. `relationTypesYaml` is the built-in relation-types.yaml text. */
export function toDataset(imported: ImportedNotes, accepted: Accepted, relationTypesYaml: string): DatasetFiles {
  const skipped: DatasetFiles['skipped'] = [];
  const types = new Map<string, RelationTypeDef>(relationTypesFromYaml(relationTypesYaml).map((t) => [t.id, t]));
  const claimed = new Set<string>();
  const ids = new Set<string>();
  const kept = new Map<string, DecidedEntity | EntitySuggestion>();
  const entities = [];
  for (const e of accepted.entities) {
    const label = e.label.trim();
    if (!label || hiddenCharacter(label) || claimed.has(label.toLowerCase())) {
      skipped.push({ key: e.key, reason: !label ? 'no label' : hiddenCharacter(label) ? 'an invisible character in its name' : `another entity already has the name "${label}"` });
      continue;
    }
    let id = idOf(e.id || label);
    for (let n = 2; ids.has(id) || id in Object.prototype; n++) id = `${idOf(e.id || label)}-${n}`;
    ids.add(id);
    claimed.add(label.toLowerCase());
    const aliases: string[] = [];
    for (const a of e.aliases) {
      const n = a.trim();
      if (!n || hiddenCharacter(n) || claimed.has(n.toLowerCase())) continue;
      claimed.add(n.toLowerCase());
      aliases.push(n);
    }
    kept.set(e.key, { ...e, id });
    entities.push({ id, label, kind: e.kind, aliases });
  }
  const relations = [];
  const seen = new Set<string>();
  for (const r of accepted.relations) {
    const s = kept.get(r.sourceKey);
    const t = kept.get(r.targetKey);
    const type = types.get(r.type);
    const quote = r.quote.trim();
    const why = !s || !t ? 'one of its entities is not kept' : s === t ? 'it joins an entity to itself' : !type ? `no relation type "${r.type}"` : !type.sourceKinds.includes(s.kind) || !type.targetKinds.includes(t.kind) ? `"${r.type}" does not allow a ${s.kind} → ${t.kind}` : quote.length < MIN_QUOTE_LENGTH || !quote.includes(' ') ? 'its quote is too short to be evidence' : '';
    if (why) {
      skipped.push({ key: r.key, reason: why });
      continue;
    }
    const start = 'start' in r && r.start ? r.start : r.year === undefined ? undefined : String(r.year);
    const end = 'end' in r && r.end ? r.end : undefined;
    const record = { source: s!.id, type: r.type, target: t!.id, ...(start ? { start } : {}), ...(end ? { end } : {}), certainty: r.certainty, evidence: [{ slide: r.slide, quote }] };
    const sig = JSON.stringify(record);
    if (seen.has(sig)) continue;
    seen.add(sig);
    relations.push(record);
  }
  const name = idOf(imported.title || 'imported-notes').slice(0, 60) || 'imported-notes';
  return {
    raw: {
      notes: { file: `notes/${name}.txt`, text: toNotesText(imported) },
      relationTypes: { file: 'relation-types.yaml', text: relationTypesYaml },
      entities: [{ file: 'entities/imported.yaml', text: HEADER('Entities', imported.title) + (entities.length ? stringify(entities) : '[]\n') }],
      relations: [{ file: 'relations/imported.yaml', text: HEADER('Relations', imported.title) + (relations.length ? stringify(relations) : '[]\n') }],
    },
    skipped,
  };
}
