/** Raw data files → a validated Dataset, or every problem at once (file, line, value, fix). Never throws. */
import type { z } from 'zod';
import { comparePartial, dateError } from './dates';
import { containsQuote, parseNotes, slideByNumber, slideEndLines, slidesContaining } from './notes';
import { FIELDS, entitySchema, relationSchema, relationTypeSchema } from './schema';
import { didYouMean } from './suggest';
import { textLimitProblem, totalSizeProblem } from './limits';
import { MAX_SUGGEST_LENGTH, capPerFile, clip, hiddenCharacter } from './text-limits';
import { type Unreadable, referencesSummary, unreadableFile } from './unreadable';
import type { Dataset, EntityRecord, Notes, Problem, RelationRecord, RelationTypeDef, SourceRef } from './types';
import { type DataFile, type SourceItem, lineOf, parseYamlList } from './yaml-source';

/** Every file the pipeline reads, as text. */
export interface RawData {
  notes: DataFile;
  relationTypes: DataFile;
  entities: DataFile[];
  relations: DataFile[];
  /** Storylines (graph-data/storylines/*.yaml, optional): checked against the built graph by the pipeline. */
  storylines?: DataFile[];
  /** Problems found while reading the files (missing folder, unreadable file…), reported first. */
  problems?: Problem[];
  /** Files skipped while reading (broken links, special files): shown, but they do not stop the build. */
  warnings?: Problem[];
}

export interface ValidationResult {
  /** The dataset, only when there are no problems: the app never builds a half-valid graph. */
  dataset: Dataset | null;
  problems: Problem[];
  /** What was skipped while reading (never blocks the build). */
  warnings: Problem[];
}

/** A quote shorter than this many characters, or of one word, is too short to be evidence. */
export const MIN_QUOTE_LENGTH = 12;

type Kind = keyof typeof FIELDS;

/** Validate all data files together. Whatever the input, returns; never throws. */
export function validateData(raw: RawData): ValidationResult {
  try {
    return validateUnsafe(raw);
  } catch (err) {
    // A bug in the validator must not blank the app: report it as a problem of the data set as a whole.
    return {
      dataset: null,
      problems: [{ file: raw?.notes?.file ?? 'graph-data', line: 0, code: 'internal', message: `validation stopped: ${clip(String(err))}`, fix: 'report this as a bug in Allegiance' }],
      warnings: raw?.warnings ?? [],
    };
  }
}

function validateUnsafe(raw: RawData): ValidationResult {
  const warnings = raw.warnings ?? [];
  const problems: Problem[] = [];
  for (const p of raw.problems ?? []) problems.push(p);
  // No data folder at all: that one problem says it; checking empty files would only add noise.
  if (problems.some((p) => p.code === 'no-data-folder')) return { dataset: null, problems, warnings };

  // Bounded cost: the whole set, then each file, is measured before anything is parsed.
  const all = [raw.notes, raw.relationTypes, ...(raw.entities ?? []), ...(raw.relations ?? [])].filter(Boolean);
  const tooLarge = totalSizeProblem(all, folderOf(raw.notes?.file ?? 'graph-data'));
  if (tooLarge) return { dataset: null, problems: [...problems, tooLarge], warnings };

  const notesLimit = raw.notes.missing ? null : textLimitProblem(raw.notes, 'notes');
  if (notesLimit) problems.push(notesLimit);
  const notesMissing = raw.notes.missing || notesLimit !== null;
  const notes = parseNotes(notesMissing ? '' : raw.notes.text);
  if (!notesMissing) checkNotes(raw.notes, notes, problems);

  const unreadable: Unreadable[] = [];
  const relationTypes = checkRecords(raw.relationTypes ? [raw.relationTypes] : [], 'relationType', relationTypeSchema, problems, unreadable);
  const typesUnreadable = !raw.relationTypes || raw.relationTypes.missing || unreadable.length > 0;
  const typeById = uniqueById(relationTypes, 'relation type', problems);

  const entityFilesUnreadable: Unreadable[] = [];
  const entities = checkRecords(raw.entities, 'entity', entitySchema, problems, entityFilesUnreadable);
  const entityById = uniqueById(entities, 'entity', problems);
  for (const e of entities) {
    checkDates(e.record, e.item, e.from.file, problems);
    checkNames(e, problems);
  }
  checkAliases(entities, problems);

  const relations = checkRecords(raw.relations, 'relation', relationSchema, problems, []);
  const ctx: Context = {
    typeById: typesUnreadable ? null : typeById,
    entityById,
    notes: notesMissing ? null : notes,
    seen: new Map(),
    unreadableEntities: entityFilesUnreadable,
  };
  for (const r of relations) checkRelation(r, ctx, problems);
  // One cause, one message: references into an entities file that could not be read are counted, not listed.
  for (const p of referencesSummary(entityFilesUnreadable)) problems.push(p);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.length) return { dataset: null, problems: capPerFile(problems), warnings };
  return {
    dataset: {
      notes,
      relationTypes: relationTypes.map((t) => t.record as RelationTypeDef),
      entities: entities.map((e) => ({ ...(e.record as EntityRecord), from: e.from })),
      relations: relations.map((r) => ({ ...(r.record as RelationRecord), from: r.from })),
    },
    problems,
    warnings,
  };
}

/** The notes must have slides, each number once. */
function checkNotes(file: DataFile, notes: Notes, problems: Problem[]): void {
  if (notes.slides.length === 0) {
    problems.push({ file: file.file, line: 1, code: 'no-slides', message: 'the notes have no slides', fix: 'each slide must end with a line such as "1 of 68"' });
    return;
  }
  const first = new Map<number, number>();
  for (const { number, line } of slideEndLines(file.text)) {
    const before = first.get(number);
    if (before === undefined) first.set(number, line);
    else {
      problems.push({
        file: file.file, line, code: 'duplicate-slide', value: String(number),
        message: `slide number ${number} is used twice (lines ${before} and ${line}), so two bullets would share one id`,
        fix: 'renumber the slides so each "N of M" line has its own N',
      });
    }
  }
}

interface Checked<T> {
  record: T;
  item: SourceItem;
  from: SourceRef;
}

/** The folder holding a data file ("graph-data" for "graph-data/notes/x.txt"). */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, -2).join('/') : parts[0]!;
}

/** Parse and check each file's records; a file that cannot be read at all is added to `unreadable` (once). */
function checkRecords<S extends z.ZodType>(files: DataFile[], kind: Kind, schema: S, problems: Problem[], unreadable: Unreadable[]): Checked<z.output<S>>[] {
  const out: Checked<z.output<S>>[] = [];
  for (const file of files) {
    if (file.missing) {
      unreadable.push(unreadableFile(file, false)); // its problem is already reported by the reader
      continue;
    }
    const limit = textLimitProblem(file, 'yaml');
    if (limit) {
      problems.push(limit);
      unreadable.push(unreadableFile(file, false));
      continue;
    }
    const { items, problems: syntax } = parseYamlList(file);
    for (const p of syntax) problems.push(p); // a loop, not push(...syntax): 120,000 syntax errors must not overflow the stack
    if (syntax.length && !items.length) unreadable.push(unreadableFile(file, true));
    for (const item of items) {
      const parsed = schema.safeParse(item.value);
      if (parsed.success) {
        out.push({ record: parsed.data, item, from: { file: file.file, line: item.line } });
        continue;
      }
      for (const issue of parsed.error.issues) problems.push(issueProblem(issue, item, file.file, kind));
      // Unknown fields only: check the rest of the record as well, so one stray field does not hide its other problems.
      if (parsed.error.issues.every((i) => i.code === 'unrecognized_keys') && item.value !== null && typeof item.value === 'object') {
        const unknown = new Set(parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [])));
        const rest = Object.fromEntries(Object.entries(item.value).filter(([k]) => !unknown.has(k)));
        const again = schema.safeParse(rest);
        if (again.success) out.push({ record: again.data, item, from: { file: file.file, line: item.line } });
        else for (const issue of again.error.issues) problems.push(issueProblem(issue, item, file.file, kind));
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
    const hints = keys.map((k) => suggest(k, FIELDS[kind])).filter(Boolean);
    return {
      file, line: lineOf(item, [...path, keys[0]]), code: 'unknown-field', value: clip(keys.join(', ')),
      message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${clip(k)}"`).join(', ')}`,
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
  for (const p of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, p) ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function show(value: unknown): string {
  try {
    return clip(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  } catch {
    return clip(String(value));
  }
}

/** "did you mean", skipped for values too long to be a typo (edit distance is quadratic in length). */
function suggest(value: string, candidates: Iterable<string>): string {
  return value.length > MAX_SUGGEST_LENGTH ? '' : didYouMean(value, candidates);
}

/** Ids that are keys of every JavaScript object: the graph library keeps ids as object keys, so these break it. */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));

function uniqueById<T extends { id: string }>(records: Checked<T>[], what: string, problems: Problem[]): Map<string, Checked<T>> {
  const byId = new Map<string, Checked<T>>();
  for (const r of records) {
    if (RESERVED_IDS.has(r.record.id)) {
      problems.push({
        file: r.from.file, line: lineOf(r.item, ['id']), code: 'reserved-id', value: r.record.id,
        message: `"${r.record.id}" cannot be an id: it is a name every JavaScript object already has, and the graph library would mistake it`,
        fix: `use a longer id, such as "${r.record.id}-1" or one built from the label`,
      });
      continue;
    }
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
      problems.push({ file, line: lineOf(item, [field]), code: 'bad-date', value: clip(v), message: `${field} "${clip(v)}" ${err}`, fix: 'write a partial ISO date such as "1924", "1924-01" or "1924-01-21", in decimal digits' });
    }
  }
  if (ok && record.start && record.end && comparePartial(record.end, record.start) < 0) {
    problems.push({ file, line: lineOf(item, ['end']), code: 'reversed-dates', value: `${record.start} → ${record.end}`, message: `end "${record.end}" is before start "${record.start}"`, fix: 'swap start and end, or correct the one that is wrong' });
  }
}

/** No hidden characters (NUL, zero-width, direction-changing) in an entity's id, label or aliases. */
function checkNames(e: Checked<EntityRecord>, problems: Problem[]): void {
  const fields: [string, (string | number)[], string][] = [['id', ['id'], e.record.id], ['label', ['label'], e.record.label], ...e.record.aliases.map((a, i): [string, (string | number)[], string] => ['alias', ['aliases', i], a])];
  for (const [what, path, text] of fields) {
    const hidden = hiddenCharacter(text);
    if (hidden) {
      problems.push({
        file: e.from.file, line: lineOf(e.item, path), code: 'hidden-character', value: clip(JSON.stringify(text)),
        message: `the ${what} contains the invisible character ${hidden}`,
        fix: 'retype the name without it (it can make two names look the same, or reverse the text around it)',
      });
    }
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
  /** null when relation-types.yaml could not be read (already reported): types are then not checked. */
  typeById: Map<string, Checked<RelationTypeDef>> | null;
  entityById: Map<string, Checked<EntityRecord>>;
  /** null when the notes could not be read (already reported): evidence is then not checked. */
  notes: Notes | null;
  /** First place of each source>type>target@start–end, for duplicates. */
  seen: Map<string, SourceRef>;
  /** Entity files that could not be read: references to their ids are counted there, not listed. */
  unreadableEntities: Unreadable[];
}

function checkRelation(r: Checked<RelationRecord>, ctx: Context, problems: Problem[]): void {
  const { record, item, from } = r;
  const file = from.file;
  const ends: Record<'source' | 'target', Checked<EntityRecord> | undefined> = { source: undefined, target: undefined };
  for (const end of ['source', 'target'] as const) {
    const id = record[end];
    ends[end] = ctx.entityById.get(id);
    if (!ends[end] && ctx.unreadableEntities.some((u) => u.count(id))) continue;
    if (!ends[end]) {
      problems.push({ file, line: lineOf(item, [end]), code: 'unknown-entity', value: clip(id), message: `${end} "${clip(id)}" is not an entity id`, fix: suggest(id, ctx.entityById.keys()) || 'add the entity to a file in graph-data/entities/, or correct the id' });
    }
  }
  if (record.source === record.target) {
    problems.push({ file, line: lineOf(item, ['target']), code: 'self-relation', value: clip(record.source), message: `"${clip(record.source)}" is related to itself`, fix: 'a relation joins two different entities: correct the source or the target' });
  }
  // A duplicate: the same relation, dates and evidence twice (the same relation with other evidence is a repeat the graph keeps as "~2").
  const key = JSON.stringify([record.source, record.type, record.target, record.start, record.end, record.evidence.map((e) => [e.slide, e.quote.trim()])]);
  const first = ctx.seen.get(key);
  if (first) {
    problems.push({ file, line: item.line, code: 'duplicate-relation', value: clip(`${record.source} ${record.type} ${record.target}`), message: `the same relation, with the same dates and evidence, is already at ${first.file}:${first.line}`, fix: 'merge the two records (list all the evidence in one)' });
  } else ctx.seen.set(key, from);
  const type = ctx.typeById?.get(record.type);
  if (ctx.typeById && !type) {
    problems.push({ file, line: lineOf(item, ['type']), code: 'unknown-type', value: clip(record.type), message: `relation type "${clip(record.type)}" is not defined`, fix: suggest(record.type, ctx.typeById.keys()) || 'use an id from graph-data/relation-types.yaml, or add the type there' });
  } else if (type) {
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
    const words = ev.quote.trim().split(/[\s\u00a0]+/).length;
    if (ev.quote.trim().length < MIN_QUOTE_LENGTH || words < 2) {
      problems.push({ file, line: lineOf(item, ['evidence', i, 'quote']), code: 'short-quote', value: clip(ev.quote), message: `the quote "${clip(ev.quote)}" is too short to be evidence (under ${MIN_QUOTE_LENGTH} characters or one word)`, fix: 'copy the words of the notes that state the relation' });
      return;
    }
    const notes = ctx.notes;
    if (!notes) return;
    const slide = slideByNumber(notes, ev.slide);
    if (!slide) {
      problems.push({ file, line: lineOf(item, ['evidence', i, 'slide']), code: 'unknown-slide', value: String(ev.slide), message: `slide ${ev.slide} does not exist`, fix: `cite a slide from 1 to ${notes.slides.length}` });
    } else if (!containsQuote(slide.text, ev.quote)) {
      const elsewhere = slidesContaining(notes, ev.quote);
      problems.push({
        file, line: lineOf(item, ['evidence', i, 'quote']), code: 'quote-not-found', value: clip(ev.quote),
        message: `quote is not on slide ${ev.slide}` + (elsewhere.length ? `; it is on slide ${elsewhere.join(', ')}` : '; it is nowhere in the notes'),
        fix: elsewhere.length ? `change slide to ${elsewhere[0]}` : 'copy the words exactly as the notes have them (typos included)',
      });
    }
  });
}
