/** Raw data files → a validated Dataset, or every problem at once (file, line, value, fix). Never throws. */
import type { z } from 'zod';
import { comparePartial, dateError } from './dates';
import { containsQuote, parseNotes, slideByNumber, slidesContaining } from './notes';
import { FIELDS, entitySchema, relationSchema, relationTypeSchema } from './schema';
import { didYouMean } from './suggest';
import type { Dataset, EntityRecord, Notes, Problem, RelationRecord, RelationTypeDef, SourceRef } from './types';
import { type DataFile, type SourceItem, lineOf, parseYamlList } from './yaml-source';

/** Every file the pipeline reads, as text. */
export interface RawData {
  notes: DataFile;
  relationTypes: DataFile;
  entities: DataFile[];
  relations: DataFile[];
}

export interface ValidationResult {
  /** The dataset, only when there are no problems: the app never builds a half-valid graph. */
  dataset: Dataset | null;
  problems: Problem[];
}

type Kind = keyof typeof FIELDS;

/** Validate all data files together. Whatever the input, returns; never throws. */
export function validateData(raw: RawData): ValidationResult {
  try {
    return validateUnsafe(raw);
  } catch (err) {
    // A bug in the validator must not blank the app: report it as a problem of the data set as a whole.
    return {
      dataset: null,
      problems: [{ file: 'graph-data', line: 1, code: 'internal', message: `validation stopped: ${String(err)}`, fix: 'report this as a bug in Allegiance' }],
    };
  }
}

function validateUnsafe(raw: RawData): ValidationResult {
  const problems: Problem[] = [];
  const notes = parseNotes(raw.notes.text);
  if (notes.slides.length === 0) {
    problems.push({ file: raw.notes.file, line: 1, code: 'no-slides', message: 'the notes have no slides', fix: 'each slide must end with a line such as "1 of 68"' });
  }

  const relationTypes = checkRecords(raw.relationTypes ? [raw.relationTypes] : [], 'relationType', relationTypeSchema, problems);
  const typeById = uniqueById(relationTypes, 'relation type', problems);

  const entities = checkRecords(raw.entities, 'entity', entitySchema, problems);
  const entityById = uniqueById(entities, 'entity', problems);
  for (const e of entities) checkDates(e.record, e.item, e.from.file, problems);
  checkAliases(entities, problems);

  const relations = checkRecords(raw.relations, 'relation', relationSchema, problems);
  for (const r of relations) checkRelation(r, { typeById, entityById, notes }, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.length) return { dataset: null, problems };
  return {
    dataset: {
      notes,
      relationTypes: relationTypes.map((t) => t.record as RelationTypeDef),
      entities: entities.map((e) => ({ ...(e.record as EntityRecord), from: e.from })),
      relations: relations.map((r) => ({ ...(r.record as RelationRecord), from: r.from })),
    },
    problems,
  };
}

interface Checked<T> {
  record: T;
  item: SourceItem;
  from: SourceRef;
}

function checkRecords<S extends z.ZodType>(files: DataFile[], kind: Kind, schema: S, problems: Problem[]): Checked<z.output<S>>[] {
  const out: Checked<z.output<S>>[] = [];
  for (const file of files) {
    const { items, problems: syntax } = parseYamlList(file);
    problems.push(...syntax);
    for (const item of items) {
      const parsed = schema.safeParse(item.value);
      if (parsed.success) {
        out.push({ record: parsed.data, item, from: { file: file.file, line: item.line } });
      } else {
        for (const issue of parsed.error.issues) problems.push(issueProblem(issue, item, file.file, kind));
      }
    }
  }
  return out;
}

function issueProblem(issue: z.core.$ZodIssue, item: SourceItem, file: string, kind: Kind): Problem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = path.length ? `"${path.join('.')}"` : `this ${kind === 'relationType' ? 'relation type' : kind}`;
  const value = valueAt(item.value, path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const hints = keys.map((k) => didYouMean(k, FIELDS[kind])).filter(Boolean);
    return {
      file, line: lineOf(item, [...path, keys[0]]), code: 'unknown-field', value: keys.join(', '),
      message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
      fix: hints.length ? hints.join(' ') : `remove it; the fields allowed are ${FIELDS[kind].join(', ')}`,
    };
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return { file, line: lineOf(item, path), code: 'missing-field', message: `${where} is missing`, fix: `add ${where} (${issue.expected})` };
  }
  if (!path.length && issue.code === 'invalid_type') {
    return { file, line: item.line, code: 'wrong-type', value: show(item.value), message: `each record must be a map of fields, not ${typeof item.value}`, fix: `write the record as "- field: value" lines; fields: ${FIELDS[kind].join(', ')}` };
  }
  const code = issue.code === 'too_small' && path[0] === 'evidence' ? 'empty-evidence' : 'wrong-type';
  return { file, line: lineOf(item, path), code, value: show(value), message: `${where}: ${issue.message}`, fix: fixFor(issue, path) };
}

function fixFor(issue: z.core.$ZodIssue, path: (string | number)[]): string {
  if (path[0] === 'evidence') return 'give evidence as a list of {slide: N, quote: "words copied from that slide"}';
  if (issue.code === 'invalid_value' && 'values' in issue) return `use one of: ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_format') return 'use a kebab-case id such as "war-communism"';
  if (issue.code === 'invalid_type') return `write a ${issue.expected} here`;
  return 'correct the value';
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let v = value;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function uniqueById<T extends { id: string }>(records: Checked<T>[], what: string, problems: Problem[]): Map<string, Checked<T>> {
  const byId = new Map<string, Checked<T>>();
  for (const r of records) {
    const first = byId.get(r.record.id);
    if (first) {
      problems.push({
        file: r.from.file, line: lineOf(r.item, ['id']), code: 'duplicate-id', value: r.record.id,
        message: `duplicate ${what} id "${r.record.id}" (first defined at ${first.from.file}:${first.from.line})`,
        fix: `merge the two records, or give one another id`,
      });
    } else byId.set(r.record.id, r);
  }
  return byId;
}

function checkDates(record: { start?: string; end?: string }, item: SourceItem, file: string, problems: Problem[]): void {
  let ok = true;
  for (const field of ['start', 'end'] as const) {
    const v = record[field];
    if (v === undefined) continue;
    const err = dateError(v);
    if (err) {
      ok = false;
      problems.push({ file, line: lineOf(item, [field]), code: 'bad-date', value: v, message: `${field} "${v}" ${err}`, fix: 'write a partial ISO date such as "1924", "1924-01" or "1924-01-21"' });
    }
  }
  if (ok && record.start && record.end && comparePartial(record.end, record.start) < 0) {
    problems.push({ file, line: lineOf(item, ['end']), code: 'reversed-dates', value: `${record.start} → ${record.end}`, message: `end "${record.end}" is before start "${record.start}"`, fix: 'swap start and end, or correct the one that is wrong' });
  }
}

function checkAliases(entities: Checked<EntityRecord>[], problems: Problem[]): void {
  const owner = new Map<string, Checked<EntityRecord>>();
  for (const e of entities) {
    const names = new Set([e.record.label, ...e.record.aliases].map((n) => n.trim().toLowerCase()));
    for (const name of names) {
      const first = owner.get(name);
      if (first && first.record.id !== e.record.id) {
        problems.push({
          file: e.from.file, line: lineOf(e.item, ['aliases']), code: 'alias-clash', value: name,
          message: `the name "${name}" is claimed by "${e.record.id}" and by "${first.record.id}" (${first.from.file}:${first.from.line})`,
          fix: 'keep the name on one entity only, so every mention links to one place',
        });
      } else owner.set(name, e);
    }
  }
}

interface Context {
  typeById: Map<string, Checked<RelationTypeDef>>;
  entityById: Map<string, Checked<EntityRecord>>;
  notes: Notes;
}

function checkRelation(r: Checked<RelationRecord>, ctx: Context, problems: Problem[]): void {
  const { record, item, from } = r;
  const file = from.file;
  const ends: Record<'source' | 'target', Checked<EntityRecord> | undefined> = { source: undefined, target: undefined };
  for (const end of ['source', 'target'] as const) {
    const id = record[end];
    ends[end] = ctx.entityById.get(id);
    if (!ends[end]) {
      problems.push({ file, line: lineOf(item, [end]), code: 'unknown-entity', value: id, message: `${end} "${id}" is not an entity id`, fix: didYouMean(id, ctx.entityById.keys()) || 'add the entity to a file in graph-data/entities/, or correct the id' });
    }
  }
  const type = ctx.typeById.get(record.type);
  if (!type) {
    problems.push({ file, line: lineOf(item, ['type']), code: 'unknown-type', value: record.type, message: `relation type "${record.type}" is not defined`, fix: didYouMean(record.type, ctx.typeById.keys()) || 'use an id from graph-data/relation-types.yaml, or add the type there' });
  } else {
    for (const end of ['source', 'target'] as const) {
      const entity = ends[end]?.record;
      const allowed = end === 'source' ? type.record.sourceKinds : type.record.targetKinds;
      if (entity && !allowed.includes(entity.kind)) {
        problems.push({ file, line: lineOf(item, [end]), code: 'kind-not-allowed', value: `${entity.id} (${entity.kind})`, message: `"${record.type}" does not allow a ${entity.kind} as its ${end}`, fix: `use a type that fits, or an entity of kind ${allowed.join(' | ')}` });
      }
    }
  }
  checkDates(record, item, file, problems);
  record.evidence.forEach((ev, i) => {
    const slide = slideByNumber(ctx.notes, ev.slide);
    if (!slide) {
      problems.push({ file, line: lineOf(item, ['evidence', i, 'slide']), code: 'unknown-slide', value: String(ev.slide), message: `slide ${ev.slide} does not exist`, fix: `cite a slide from 1 to ${ctx.notes.slides.length}` });
    } else if (!containsQuote(slide.text, ev.quote)) {
      const elsewhere = slidesContaining(ctx.notes, ev.quote);
      problems.push({
        file, line: lineOf(item, ['evidence', i, 'quote']), code: 'quote-not-found', value: ev.quote,
        message: `quote is not on slide ${ev.slide}` + (elsewhere.length ? `; it is on slide ${elsewhere.join(', ')}` : '; it is nowhere in the notes'),
        fix: elsewhere.length ? `change slide to ${elsewhere[0]}` : 'copy the words exactly as the notes have them (typos included)',
      });
    }
  });
}
