/** The explorer's view state: what is selected, which year, which filters, which tool. Plain data, compared and updated by pure functions. */
import { ENTITY_KINDS, TONES, type EntityKind, type Tone } from '../../model/types';
import { DEFAULT_LIST_STATE, sameListState, type ListState } from '../explorer/list-state';
import { DEFAULT_NOTES_STATE, sameNotesState, type NotesState } from '../notes/notes-state';
import { applyToolChange, DEFAULT_TOOL_STATE, sameToolState, type ToolState } from '../tracing/tool-state';

export type YearMode = 'hide' | 'fade';
export type Focus = 0 | 1 | 2 | 3;
export const FOCUS_STEPS: readonly Focus[] = [0, 1, 2, 3];

/**
 * Everything the URL records. A filter set of `null` means "no filter: everything is shown". The tracing
 * tools' part (open tool, chosen betrayal, path query, compared years, ranking, node size) is in tool-state.ts.
 */
export interface ViewState extends ToolState, ListState, NotesState {
  /** Selected entity id. */
  selected: string | null;
  /** Selected relation (edge key). */
  edge: string | null;
  /** The year shown; null = all years. */
  year: number | null;
  /** What happens to entities and relations outside the year (and outside the filters). */
  yearMode: YearMode;
  kinds: ReadonlySet<EntityKind> | null;
  types: ReadonlySet<string> | null;
  tones: ReadonlySet<Tone> | null;
  /** Focus on the selected entity's neighbourhood within this many steps; 0 = off. */
  focus: Focus;
  /** Show the relation list instead of the canvas (the Notes view, `notes`, takes precedence). */
  list: boolean;
}

export const DEFAULT_STATE: ViewState = Object.freeze({
  selected: null,
  edge: null,
  year: null,
  yearMode: 'hide',
  kinds: null,
  types: null,
  tones: null,
  focus: 0,
  list: false,
  ...DEFAULT_TOOL_STATE,
  ...DEFAULT_LIST_STATE,
  ...DEFAULT_NOTES_STATE,
});

export const ALL_KINDS: readonly EntityKind[] = ENTITY_KINDS;
export const ALL_TONES: readonly Tone[] = TONES;

function sameSet<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether two states show the same view. */
export function sameState(a: ViewState, b: ViewState): boolean {
  return (
    a.selected === b.selected &&
    a.edge === b.edge &&
    a.year === b.year &&
    a.yearMode === b.yearMode &&
    a.focus === b.focus &&
    a.list === b.list &&
    sameSet(a.kinds, b.kinds) &&
    sameSet(a.types, b.types) &&
    sameSet(a.tones, b.tones) &&
    sameToolState(a, b) &&
    sameListState(a, b) &&
    sameNotesState(a, b)
  );
}

/** Whether `b` differs from `a` in its year only (a drag or a play step, which should not flood history). */
export function onlyYearChanged(a: ViewState, b: ViewState): boolean {
  return a.year !== b.year && sameState({ ...a, year: b.year }, b);
}

/** Whether a filter set lets `value` through. */
export function allows<T>(set: ReadonlySet<T> | null, value: T): boolean {
  return set === null || set.has(value);
}

/**
 * Turn one value of a filter on or off. `all` lists every possible value: a set that ends up holding all
 * of them becomes null (no filter), so "everything checked" has one spelling.
 */
export function toggleFilter<T>(set: ReadonlySet<T> | null, value: T, on: boolean, all: readonly T[]): ReadonlySet<T> | null {
  const next = new Set(set ?? all);
  if (on) next.add(value);
  else next.delete(value);
  return all.every((v) => next.has(v)) ? null : next;
}

/**
 * Apply a change; selecting an entity clears a relation selection unless one is given with it. The tools'
 * rules apply too (a new path query starts at its first path; year windows are kept in order).
 */
export function applyChange(state: ViewState, change: Partial<ViewState>): ViewState {
  const next = applyToolChange(state, change);
  if ('selected' in change && !('edge' in change) && change.selected !== state.selected) next.edge = null;
  // Graph, List and Notes are one choice: showing the list leaves the notes, and the other way round.
  if (change.list === true && !('notes' in change)) next.notes = false;
  if (change.notes === true && !('list' in change)) next.list = false;
  if (!next.notes) {
    next.slide = null;
    next.mark = null;
  }
  return next;
}

/** A short name of the view for file names: "zinoviev-1925", "all-years". */
export function viewName(state: ViewState): string {
  const parts = [state.selected ?? '', state.year === null ? 'all-years' : String(state.year)].filter(Boolean);
  return parts.join('-').replace(/[^a-z0-9-]+/gi, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'view';
}
