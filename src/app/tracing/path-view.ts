/** The path tool's results as plain data: each path's entities and hops with their quotes, and what the graph emphasises. */
import { findPaths, type Path } from '../../model/queries/paths';
import { labelOf } from '../../model/queries/relations';
import type { AllegianceGraph, Tone } from '../../model/types';
import { emphasisOf, type Emphasis } from '../explorer/emphasis';
import type { NotesIndex } from '../shared/notes-index';
import { MAX_PATHS, type ToolState } from './tool-state';
import { tracedRelation, type TracedRelation } from './traced-relation';

export interface PathQuery {
  from: string;
  to: string;
  fromYear: number | null;
  toYear: number | null;
  tones: ReadonlySet<Tone> | null;
}

export interface PathHopView {
  from: string;
  fromLabel: string;
  to: string;
  toLabel: string;
  /** The relation that links them (stated before suspected, then earliest). */
  relation: TracedRelation;
  /** Other relations between the same two entities that pass the filters. */
  parallel: TracedRelation[];
}

export interface PathView {
  nodes: string[];
  /** "Leon Trotsky → Joseph Stalin → Sergei Kirov". */
  title: string;
  hops: PathHopView[];
}

export interface PathResult {
  query: PathQuery;
  paths: PathView[];
  /** Milliseconds findPaths took. */
  ms: number;
}

/** The query of a tool state, or null until both ends are chosen (and differ). */
export function pathQueryOf(state: ToolState): PathQuery | null {
  if (state.pathFrom === null || state.pathTo === null || state.pathFrom === state.pathTo) return null;
  return { from: state.pathFrom, to: state.pathTo, fromYear: state.pathFromYear, toYear: state.pathToYear, tones: state.pathTones };
}

function samePathQuery(a: PathQuery, b: PathQuery): boolean {
  const tones = (t: PathQuery['tones']) => (t === null ? '*' : [...t].sort().join(','));
  return a.from === b.from && a.to === b.to && a.fromYear === b.fromYear && a.toYear === b.toYear && tones(a.tones) === tones(b.tones);
}

function pathView(graph: AllegianceGraph, notes: NotesIndex, p: Path): PathView {
  return {
    nodes: p.nodes,
    title: p.nodes.map((n) => labelOf(graph, n)).join(' → '),
    hops: p.hops.map((h) => ({
      from: h.from,
      fromLabel: labelOf(graph, h.from),
      to: h.to,
      toLabel: labelOf(graph, h.to),
      relation: tracedRelation(graph, notes, h),
      parallel: h.parallel.map((r) => tracedRelation(graph, notes, r)),
    })),
  };
}

/** The paths for a query (at most MAX_PATHS, shortest first). */
export function pathResult(graph: AllegianceGraph, notes: NotesIndex, query: PathQuery): PathResult {
  const started = performance.now();
  const paths = findPaths(graph, query.from, query.to, {
    ...(query.fromYear !== null ? { fromYear: query.fromYear } : {}),
    ...(query.toYear !== null ? { toYear: query.toYear } : {}),
    ...(query.tones !== null ? { tones: [...query.tones] } : {}),
    maxPaths: MAX_PATHS,
  });
  const ms = performance.now() - started;
  return { query, paths: paths.map((p) => pathView(graph, notes, p)), ms };
}

/** A one-entry memo: the app asks again on every render, the query rarely changes. */
export function pathResultMemo(): (graph: AllegianceGraph, notes: NotesIndex, query: PathQuery) => PathResult {
  let last: { graph: AllegianceGraph; notes: NotesIndex; result: PathResult } | null = null;
  return (graph, notes, query) => {
    if (last && last.graph === graph && last.notes === notes && samePathQuery(last.result.query, query)) return last.result;
    last = { graph, notes, result: pathResult(graph, notes, query) };
    return last.result;
  };
}

/** The chosen path (the index clamped to what was found), or null when none was found. */
export function chosenPath(result: PathResult, index: number): PathView | null {
  if (result.paths.length === 0) return null;
  return result.paths[Math.min(Math.max(0, index), result.paths.length - 1)]!;
}

/** What the graph emphasises for a path: its entities and the relation of each hop. */
export function pathEmphasis(graph: AllegianceGraph, path: PathView): Emphasis {
  return emphasisOf(graph, path.nodes, path.hops.map((h) => h.relation.edge));
}
