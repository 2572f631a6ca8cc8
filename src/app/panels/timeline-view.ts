/** An entity's timeline as the panel shows it: the sentences, the swimlane data, the copyable text, and a one-line summary of the chart. */
import { labelOf } from '../../model/queries/relations';
import { entityTimeline, swimlanes, timelineText, type Swimlanes, type TimelineEntry } from '../../model/queries/timeline';
import type { AllegianceGraph } from '../../model/types';

export interface TimelineView {
  id: string;
  label: string;
  entries: TimelineEntry[];
  lanes: Swimlanes;
  /** timelineText with the quotes: what "Copy as text" copies. */
  text: string;
  /** The chart's accessible name: what it shows, in one sentence. */
  summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence describing the chart, e.g. "Chart of Nikolai Bukharin's relations, 1921–1938: 10 relations with 5 entities (3 friendly, 5 hostile, 2 neutral)…". */
export function swimlaneSummary(label: string, lanes: Swimlanes): string {
  const items = lanes.lanes.flatMap((l) => l.items);
  if (items.length === 0) return `Chart of ${label}'s relations: none is dated, so there is nothing to place on a time axis.`;
  const count = (tone: string) => items.filter((i) => i.tone === tone).length;
  const span = lanes.fromYear === lanes.toYear ? String(lanes.fromYear) : `${lanes.fromYear}–${lanes.toYear}`;
  const tones = (['friendly', 'hostile', 'neutral'] as const)
    .map((t) => [t, count(t)] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
  const acts = items.filter((i) => i.oneOff).length;
  const undated = lanes.undated.length ? ` ${plural(lanes.undated.length, 'undated relation')} not shown.` : '';
  return (
    `Chart of ${label}'s relations, ${span}: ${plural(items.length, 'relation')} with ${plural(lanes.lanes.length, 'entity', 'entities')} (${tones}), ` +
    `${plural(acts, 'one-off act')} shown as marks, the rest as bars.${undated} The timeline sentences give the same relations as text.`
  );
}

/** The timeline of an entity, or null for an unknown id. */
export function timelineView(graph: AllegianceGraph, id: string): TimelineView | null {
  if (!graph.hasNode(id)) return null;
  const label = labelOf(graph, id);
  const lanes = swimlanes(graph, id);
  return { id, label, entries: entityTimeline(graph, id), lanes, text: timelineText(graph, id, { withQuotes: true }), summary: swimlaneSummary(label, lanes) };
}

/** A one-entry memo of timelineView: the panel asks on every render, the entity rarely changes. */
export function timelineViewMemo(): (graph: AllegianceGraph, id: string) => TimelineView | null {
  let last: { graph: AllegianceGraph; id: string; view: TimelineView | null } | null = null;
  return (graph, id) => {
    if (!last || last.graph !== graph || last.id !== id) last = { graph, id, view: timelineView(graph, id) };
    return last.view;
  };
}
