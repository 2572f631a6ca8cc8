/**
 * The tracing tools' part of the view state (Betrayals, Path, Compare, Who mattered) and node sizing:
 * plain data, compared and updated by pure functions like the explorer's ViewState.
 */
import { TONES, type Tone } from '../../model/types';

export const TOOL_IDS = ['betrayals', 'path', 'compare', 'rank'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Which changes the comparison highlights on the graph. */
export const COMPARE_SHOW = ['none', 'began', 'ended', 'both'] as const;
export type CompareShow = (typeof COMPARE_SHOW)[number];

/** How the ranking is ordered. */
export const RANK_ORDERS = ['betweenness', 'degree'] as const;
export type RankOrder = (typeof RANK_ORDERS)[number];

/** What node size shows: null = the canvas default (all relations ever); else a score from the ranking window. */
export const SIZE_MEASURES = ['betweenness', 'degree'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** The most paths the path tool lists (findPaths' default). */
export const MAX_PATHS = 5;

export interface ToolState {
  /** The open tool; null = none (the explorer's details panel). */
  tool: ToolId | null;
  /** The chosen betrayal or side switch (a stable id from tracing.ts). */
  betrayal: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** Year window of the relations a path may use; null = open. */
  pathFromYear: number | null;
  pathToYear: number | null;
  /** Tones a path may use; null = all. */
  pathTones: ReadonlySet<Tone> | null;
  /** Which of the listed paths is drawn (0-based). */
  pathIndex: number;
  compareA: number | null;
  compareB: number | null;
  compareShow: CompareShow;
  /** Narrow the comparison to the relations of this entity; null = everyone's. */
  compareEntity: string | null;
  /** Year window of the ranking; null = open. */
  rankFrom: number | null;
  rankTo: number | null;
  rankOrder: RankOrder;
  size: SizeMeasure | null;
}

export const DEFAULT_TOOL_STATE: ToolState = Object.freeze({
  tool: null,
  betrayal: null,
  pathFrom: null,
  pathTo: null,
  pathFromYear: null,
  pathToYear: null,
  pathTones: null,
  pathIndex: 0,
  compareA: null,
  compareB: null,
  compareShow: 'none',
  compareEntity: null,
  rankFrom: null,
  rankTo: null,
  rankOrder: 'betweenness',
  size: null,
});

export const ALL_PATH_TONES: readonly Tone[] = TONES;

function sameSet<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether two tool states show the same thing. */
export function sameToolState(a: ToolState, b: ToolState): boolean {
  return (
    a.tool === b.tool &&
    a.betrayal === b.betrayal &&
    a.pathFrom === b.pathFrom &&
    a.pathTo === b.pathTo &&
    a.pathFromYear === b.pathFromYear &&
    a.pathToYear === b.pathToYear &&
    sameSet(a.pathTones, b.pathTones) &&
    a.pathIndex === b.pathIndex &&
    a.compareA === b.compareA &&
    a.compareB === b.compareB &&
    a.compareShow === b.compareShow &&
    a.compareEntity === b.compareEntity &&
    a.rankFrom === b.rankFrom &&
    a.rankTo === b.rankTo &&
    a.rankOrder === b.rankOrder &&
    a.size === b.size
  );
}

/** The fields that define which paths are listed; changing any of them starts again at the first path. */
const PATH_QUERY_FIELDS = ['pathFrom', 'pathTo', 'pathFromYear', 'pathToYear', 'pathTones'] as const;

/**
 * Apply a change to the tool state. A new path query (ends, years or tones) shows its first path unless
 * an index comes with it; a year window given back to front is put the right way round.
 */
export function applyToolChange<S extends ToolState>(state: S, change: Partial<ToolState>): S {
  const next = { ...state, ...change };
  if (!('pathIndex' in change) && PATH_QUERY_FIELDS.some((f) => f in change && change[f] !== state[f])) next.pathIndex = 0;
  if (next.pathFromYear !== null && next.pathToYear !== null && next.pathFromYear > next.pathToYear) {
    [next.pathFromYear, next.pathToYear] = [next.pathToYear, next.pathFromYear];
  }
  if (next.rankFrom !== null && next.rankTo !== null && next.rankFrom > next.rankTo) [next.rankFrom, next.rankTo] = [next.rankTo, next.rankFrom];
  return next;
}
