/**
 * Storyline files → validated storylines, or every problem at once with file and line, as validate.ts reports the
 * rest of the data: ids and relations exist in the built graph, excerpts are verbatim on their slides, years lie in
 * the data's period, predict questions have a real answer and options of its kind. Never throws.
 */
import type { z } from 'zod';
import { MIN_QUOTE_LENGTH } from '../validate';
import { containsQuote, slideByNumber, slidesContaining } from '../notes';
import { periodOf } from '../queries/dates';
import { inForceAt } from '../queries/time-model';
import { didYouMean } from '../suggest';
import { clip } from '../text-limits';
import type { AllegianceGraph, Notes, Problem } from '../types';
import { type DataFile, type SourceItem, lineOf, parseYamlList } from '../yaml-source';
import { predictOptions } from './predict-options';
import { refText, resolveRelation } from './resolve-relation';
import { STEP_FIELDS, STORYLINE_FIELDS, VIEW_FIELDS, storylineSchema, type RelationRef, type StepInput, type StoryStep, type Storyline, type StorylineInput } from './schema';

export interface StorylineResult {
  storylines: Storyline[];
  problems: Problem[];
  /** Reported, never blocking: a highlighted relation not in force in its step's year. */
  warnings: Problem[];
}

type Path = (string | number)[];

interface Ctx {
  graph: AllegianceGraph;
  notes: Notes;
  period: { from: number; to: number } | null;
  file: string;
  item: SourceItem;
  problems: Problem[];
  warnings: Problem[];
}

/** Validate every storyline file against the built graph and its notes. */
export function validateStorylines(files: readonly DataFile[], graph: AllegianceGraph, notes: Notes): StorylineResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const storylines: Storyline[] = [];
  const seen = new Map<string, string>();
  const period = periodOf(graph);
  try {
    for (const file of files) {
      if (file.missing) continue;
      const { items, problems: syntax } = parseYamlList(file);
      for (const p of syntax) problems.push(p);
      for (const item of items) {
        const parsed = storylineSchema.safeParse(item.value);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) problems.push(shapeProblem(issue, item, file.file));
          continue;
        }
        const ctx: Ctx = { graph, notes, period, file: file.file, item, problems, warnings };
        const first = seen.get(parsed.data.id);
        if (first) problem(ctx, ['id'], 'duplicate-id', parsed.data.id, `duplicate storyline id "${parsed.data.id}" (first defined at ${first})`, 'give each storyline its own id');
        else seen.set(parsed.data.id, `${file.file}:${item.line}`);
        const before = problems.length;
        const storyline = resolveStoryline(parsed.data, ctx);
        if (problems.length === before) storylines.push(storyline);
      }
    }
  } catch (err) {
    problems.push({ file: files[0]?.file ?? 'graph-data/storylines', line: 0, code: 'internal', message: `storyline validation stopped: ${clip(String(err))}`, fix: 'report this as a bug in Allegiance' });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { storylines: problems.length ? [] : storylines, problems, warnings };
}

function problem(ctx: Ctx, path: Path, code: string, value: string, message: string, fix: string, severity?: 'warning'): void {
  const p: Problem = { file: ctx.file, line: lineOf(ctx.item, path), code, value: clip(value), message, fix };
  if (severity) ctx.warnings.push({ ...p, severity });
  else ctx.problems.push(p);
}

function resolveStoryline(input: StorylineInput, ctx: Ctx): Storyline {
  const steps = input.steps.map((step, i) => resolveStep(step, ['steps', i], ctx));
  return { id: input.id, title: input.title, summary: input.summary, steps, from: { file: ctx.file, line: ctx.item.line } };
}

function entity(ctx: Ctx, id: string, path: Path, what: string): boolean {
  if (ctx.graph.hasNode(id)) return true;
  problem(ctx, path, 'unknown-entity', id, `${what} "${clip(id)}" is not an entity id`, didYouMean(id, ctx.graph.nodes()) || 'use an id from graph-data/entities/');
  return false;
}

function relations(ctx: Ctx, ref: RelationRef, path: Path, what: string): string[] {
  const keys = resolveRelation(ctx.graph, ref);
  if (keys.length === 0) {
    const hint = typeof ref === 'string' ? didYouMean(ref, ctx.graph.edges()) : '';
    problem(ctx, path, 'unknown-relation', refText(ref), `${what} "${clip(refText(ref))}" is not a relation in the data`, hint || 'name a relation by its key (source>type>target@start) or by source, type and target as in graph-data/relations/');
  }
  return keys;
}

function resolveStep(step: StepInput, at: Path, ctx: Ctx): StoryStep {
  const { view } = step;
  const v = [...at, 'view'];
  if (view.year !== undefined && ctx.period && (view.year < ctx.period.from || view.year > ctx.period.to)) {
    problem(ctx, [...v, 'year'], 'year-out-of-range', String(view.year), `year ${view.year} is outside the data's period ${ctx.period.from}–${ctx.period.to}`, `choose a year from ${ctx.period.from} to ${ctx.period.to}`);
  }
  if (view.select !== undefined) entity(ctx, view.select, [...v, 'select'], 'the selected entity');
  view.show?.forEach((id, i) => entity(ctx, id, [...v, 'show', i], 'the shown entity'));
  const types = ctx.graph.getAttribute('relationTypes');
  view.types?.forEach((t, i) => {
    if (!Object.hasOwn(types, t)) problem(ctx, [...v, 'types', i], 'unknown-type', t, `relation type "${clip(t)}" is not defined`, didYouMean(t, Object.keys(types)) || 'use an id from graph-data/relation-types.yaml');
  });
  const highlight = (view.highlight ?? []).flatMap((ref, i) => relations(ctx, ref, [...v, 'highlight', i], 'the highlighted relation'));
  if (view.year !== undefined && highlight.length) {
    const inForce = new Set(inForceAt(ctx.graph, view.year).relations);
    for (const key of highlight) {
      if (!inForce.has(key)) problem(ctx, [...v, 'highlight'], 'not-in-force', key, `the highlighted relation ${key} is not in force in ${view.year}, so the explorer would not show it that year`, 'change the step\'s year, or highlight another relation', 'warning');
    }
  }
  step.excerpts.forEach((ex, i) => excerpt(ctx, ex.slide, ex.quote, [...at, 'excerpts', i]));
  let predict: StoryStep['predict'] = null;
  if (step.predict) {
    const p = [...at, 'predict'];
    const keys = relations(ctx, step.predict.answer, [...p, 'answer'], 'the answer');
    if (keys.length > 1) problem(ctx, [...p, 'answer'], 'ambiguous-relation', refText(step.predict.answer), `the answer names ${keys.length} relations (${keys.join(', ')})`, 'give its start, or name it by its key');
    const answer = keys[0];
    const given = step.predict.options;
    given?.forEach((id, i) => {
      if (!entity(ctx, id, [...p, 'options', i], 'the option') || !answer) return;
      const target = ctx.graph.target(answer);
      if (id === target) problem(ctx, [...p, 'options', i], 'option-is-answer', id, `the option "${id}" is the answer itself`, 'list only wrong options here: the answer is added from the relation');
      else if (ctx.graph.getNodeAttribute(id, 'kind') !== ctx.graph.getNodeAttribute(target, 'kind')) {
        problem(ctx, [...p, 'options', i], 'option-wrong-kind', id, `the option "${id}" is a ${ctx.graph.getNodeAttribute(id, 'kind')}, the answer a ${ctx.graph.getNodeAttribute(target, 'kind')}`, 'offer options of the same kind as the answer, so the answer is not given away');
      }
    });
    if (answer && keys.length === 1) predict = { question: step.predict.question, answer, options: safeOptions(ctx.graph, answer, given) };
  }
  return {
    caption: step.caption,
    note: step.note,
    view: {
      year: view.year ?? null,
      select: view.select ?? null,
      focus: (view.focus ?? 0) as 0 | 1 | 2 | 3,
      kinds: view.kinds ?? null,
      types: view.types ?? null,
      tones: view.tones ?? null,
      show: view.show ?? [],
      highlight: [...new Set(highlight)],
    },
    excerpts: step.excerpts.map(({ slide, quote }) => ({ slide, quote })),
    predict,
  };
}

function safeOptions(graph: AllegianceGraph, answer: string, given?: string[]): string[] {
  return predictOptions(graph, answer, given?.filter((id) => graph.hasNode(id)));
}

function excerpt(ctx: Ctx, slide: number, quote: string, path: Path): void {
  const words = quote.trim().split(/[\s\u00a0]+/).length;
  if (quote.trim().length < MIN_QUOTE_LENGTH || words < 2) {
    problem(ctx, [...path, 'quote'], 'short-quote', quote, `the excerpt "${clip(quote)}" is too short (under ${MIN_QUOTE_LENGTH} characters or one word)`, 'copy a whole phrase of the notes');
    return;
  }
  const found = slideByNumber(ctx.notes, slide);
  if (!found) {
    problem(ctx, [...path, 'slide'], 'unknown-slide', String(slide), `slide ${slide} does not exist`, `cite a slide from 1 to ${ctx.notes.slides.length}`);
  } else if (!containsQuote(found.text, quote)) {
    const elsewhere = slidesContaining(ctx.notes, quote);
    problem(ctx, [...path, 'quote'], 'quote-not-found', quote, `excerpt is not on slide ${slide}` + (elsewhere.length ? `; it is on slide ${elsewhere.join(', ')}` : '; it is nowhere in the notes'), elsewhere.length ? `change slide to ${elsewhere[0]}` : 'copy the words exactly as the notes have them (typos included)');
  }
}

const FIELDS_AT = (path: Path): string[] => (path.includes('view') ? VIEW_FIELDS : path.includes('steps') ? STEP_FIELDS : STORYLINE_FIELDS);

function shapeProblem(issue: z.core.$ZodIssue, item: SourceItem, file: string): Problem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = path.length ? `"${path.join('.')}"` : 'this storyline';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const fields = FIELDS_AT(path);
    return { file, line: lineOf(item, [...path, key]), code: 'unknown-field', value: clip(issue.keys.join(', ')), message: `unknown field "${clip(key)}" in ${where}`, fix: didYouMean(key, fields) || `the fields allowed are ${fields.join(', ')}` };
  }
  let value: unknown = item.value;
  for (const p of path) value = value !== null && typeof value === 'object' && Object.hasOwn(value, p) ? (value as Record<string | number, unknown>)[p] : undefined;
  if (issue.code === 'invalid_type' && value === undefined) {
    return { file, line: lineOf(item, path), code: 'missing-field', message: `${where} is missing`, fix: `add ${where} (${issue.expected})` };
  }
  const code = issue.code === 'too_small' && path[path.length - 1] === 'steps' ? 'no-steps' : 'wrong-type';
  return { file, line: lineOf(item, path), code, value: clip(JSON.stringify(value) ?? String(value)), message: `${where}: ${issue.message}`, fix: code === 'no-steps' ? 'add at least one step (caption, view, excerpts)' : 'correct the value (see README, "Storylines")' };
}
