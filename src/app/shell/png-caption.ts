/**
 * The caption the PNG export carries above the drawing: the notes' title, the year, and the filters in force, so a
 * picture pasted into an essay or a slide says what it shows. Pure: state + graph → lines of text.
 */
import { labelOf, typeDefOf } from '../../model/queries/relations';
import type { AllegianceGraph } from '../../model/types';
import { TOOL_LABELS } from '../tracing/tool-view';
import { ALL_KINDS, ALL_TONES, type ViewState } from './view-state';

export type CaptionState = Pick<ViewState, 'year' | 'yearMode' | 'kinds' | 'types' | 'tones' | 'focus' | 'selected' | 'tool'>;

/** "person, faction" for a set in the given order; "none" for an empty set. */
function setText(set: ReadonlySet<string>, order: readonly string[], label: (v: string) => string = (v) => v): string {
  if (set.size === 0) return 'none';
  const known = order.filter((v) => set.has(v));
  const rest = [...set].filter((v) => !order.includes(v)).sort();
  return [...known, ...rest].map(label).join(', ');
}

/** The filter phrases in force ("kinds: person, faction"), [] when everything is shown. */
export function filterPhrases(graph: AllegianceGraph, state: CaptionState): string[] {
  const out: string[] = [];
  if (state.kinds !== null) out.push(`kinds: ${setText(state.kinds, ALL_KINDS)}`);
  if (state.tones !== null) out.push(`tones: ${setText(state.tones, ALL_TONES)}`);
  if (state.types !== null) out.push(`relations: ${setText(state.types, Object.keys(graph.getAttribute('relationTypes') ?? {}), (t) => typeDefOf(graph, t)?.label ?? t)}`);
  if (state.focus !== 0 && state.selected !== null && graph.hasNode(state.selected)) {
    out.push(`focus: ${state.focus} step${state.focus === 1 ? '' : 's'} around ${labelOf(graph, state.selected)}`);
  }
  return out;
}

/**
 * Three lines: the notes' title; the year ("In 1925, other years hidden" / "All years"), with the open tool or the
 * selection; the filters ("Filters: kinds: person; tones: hostile" or "Filters: none, everything shown").
 */
export function pngCaption(graph: AllegianceGraph, state: CaptionState): string[] {
  const title = String(graph.getAttribute('notesTitle') ?? '').trim() || 'Allegiance';
  const when = state.year === null ? 'All years' : `In ${state.year}, other years ${state.yearMode === 'fade' ? 'faded' : 'hidden'}`;
  const subject = state.tool !== null ? `${TOOL_LABELS[state.tool]} shown` : state.selected !== null && graph.hasNode(state.selected) ? `${labelOf(graph, state.selected)} selected` : '';
  const filters = filterPhrases(graph, state);
  return [title, [when, subject].filter(Boolean).join(' · '), `Filters: ${filters.length ? filters.join('; ') : 'none, everything shown'}`];
}
