/**
 * What the open tool shows and asks of the canvas, derived from the state: the tool's data (computed only
 * for the open tool, memoised), the emphasis on the graph, node sizes, and the year a chosen betrayal moves to.
 */
import type { AllegianceGraph } from '../../model/types';
import { compareEmphasis, compareView, narrowCompare, type CompareView } from './compare-view';
import type { Emphasis } from '../explorer/emphasis';
import type { NotesIndex } from '../shared/notes-index';
import { chosenPath, pathEmphasis, pathQueryOf, pathResultMemo, type PathResult } from './path-view';
import { rankView, sizeScores, type RankView } from './rank-view';
import type { ToolId, ToolState } from './tool-state';
import { findTracingItem, tracing, tracingEmphasis, type Tracing } from './tracing';

/** Button and heading text of each tool. */
export const TOOL_LABELS: Record<ToolId, string> = { betrayals: 'Betrayals', path: 'Path', compare: 'Compare', rank: 'Who mattered' };

export interface ToolData {
  tool: ToolId | null;
  tracing: Tracing | null;
  /** Null until both ends are chosen. */
  path: PathResult | null;
  /** Null until both years are chosen (and differ); narrowed to `compareEntity` when one is chosen. */
  compare: CompareView | null;
  rank: RankView | null;
  /** What the canvas emphasises for the open tool; null for none. */
  emphasis: Emphasis | null;
  /** Node size for the canvas (kept whichever tool is open). */
  sizeBy: 'degree' | Record<string, number>;
}

/** A deriver with its own memo (one per app): call it on every render. */
export function toolDeriver(graph: AllegianceGraph, notes: NotesIndex): (state: ToolState) => ToolData {
  const paths = pathResultMemo();
  let lastCompare: CompareView | null = null;
  let lastNarrowed: CompareView | null = null;
  const compareFor = (a: number, b: number, entity: string | null) => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    if (!lastCompare || lastCompare.fromYear !== from || lastCompare.toYear !== to) [lastCompare, lastNarrowed] = [compareView(graph, notes, from, to), null];
    if (!lastNarrowed || lastNarrowed.entity !== entity) lastNarrowed = narrowCompare(lastCompare, entity);
    return lastNarrowed;
  };
  return (state) => {
    const data: ToolData = {
      tool: state.tool,
      tracing: null,
      path: null,
      compare: null,
      rank: null,
      emphasis: null,
      sizeBy: sizeScores(graph, state.size, state.rankFrom, state.rankTo),
    };
    switch (state.tool) {
      case 'betrayals': {
        data.tracing = tracing(graph, notes);
        const item = findTracingItem(data.tracing, state.betrayal);
        data.emphasis = item ? tracingEmphasis(graph, item) : null;
        break;
      }
      case 'path': {
        const query = pathQueryOf(state);
        if (query && (query.tones === null || query.tones.size > 0)) {
          data.path = paths(graph, notes, query);
          const chosen = chosenPath(data.path, state.pathIndex);
          data.emphasis = chosen ? pathEmphasis(graph, chosen) : null;
        }
        break;
      }
      case 'compare':
        if (state.compareA !== null && state.compareB !== null && state.compareA !== state.compareB) {
          data.compare = compareFor(state.compareA, state.compareB, state.compareEntity);
          data.emphasis = compareEmphasis(graph, data.compare, state.compareShow);
        }
        break;
      case 'rank':
        data.rank = rankView(graph, state.rankFrom, state.rankTo, state.rankOrder);
        break;
      default:
        break;
    }
    return data;
  };
}

/** The year a betrayal or side switch moves the explorer to (the act, or the new alliance); null when unknown. */
export function tracingYear(graph: AllegianceGraph, notes: NotesIndex, id: string | null): number | null {
  return findTracingItem(tracing(graph, notes), id)?.year ?? null;
}
