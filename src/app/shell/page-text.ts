/** The page's words that follow the state: the document title and the summary under the year slider. */
import { labelOf } from '../../model/queries/relations';
import type { AllegianceGraph } from '../../model/types';
import type { VisibleView } from '../explorer/visible';
import { TOOL_LABELS } from '../tracing/tool-view';
import type { ViewState } from './view-state';

/** "Stalin, 1925 · Allegiance": the open tool or the selected entity, and the year. */
export function pageTitle(graph: AllegianceGraph, state: Pick<ViewState, 'selected' | 'year' | 'tool'>): string {
  const { selected, year, tool } = state;
  const subject = tool !== null ? TOOL_LABELS[tool] : selected ? labelOf(graph, selected) : '';
  const parts = [subject, year !== null ? String(year) : ''].filter(Boolean);
  return parts.length ? `${parts.join(', ')} · Allegiance` : 'Allegiance';
}

/** "12 of 80 entities and 9 of 150 relations in view in 1925." */
export function viewSummary(graph: AllegianceGraph, view: Pick<VisibleView, 'visibleNodes' | 'visibleEdges'>, year: number | null): string {
  const nodes = view.visibleNodes?.size ?? graph.order;
  const edges = view.visibleEdges?.size ?? graph.size;
  const when = year === null ? 'across all years' : `in ${year}`;
  return `${nodes} of ${graph.order} entities and ${edges} of ${graph.size} relations in view ${when}.`;
}
