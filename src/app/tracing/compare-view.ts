/** The two-year comparison as plain data: relations that began and ended, with quotes, and what the graph emphasises. */
import { changesBetween, type Change } from '../../model/queries/changes';
import type { AllegianceGraph } from '../../model/types';
import { emphasisOf, type Emphasis } from '../explorer/emphasis';
import type { NotesIndex } from '../shared/notes-index';
import type { CompareShow } from './tool-state';
import { tracedRelation, type TracedRelation } from './traced-relation';

export interface ChangeView extends TracedRelation {
  /** changesBetween's sentence: "Leon Trotsky allied with Grigory Zinoviev, 1926–1927 (date not in the notes)". */
  full: string;
  /** For an ended relation whose data gives no end: the year it stopped because an entity ended. */
  endedWithEntity?: number;
}

export interface CompareView {
  fromYear: number;
  toYear: number;
  began: ChangeView[];
  ended: ChangeView[];
  ms: number;
}

function changeView(graph: AllegianceGraph, notes: NotesIndex, c: Change): ChangeView {
  return {
    ...tracedRelation(graph, notes, c),
    full: c.sentence,
    ...(c.lastYear !== undefined && !c.end ? { endedWithEntity: c.lastYear } : {}),
  };
}

/** The changes between two years (either order). */
export function compareView(graph: AllegianceGraph, notes: NotesIndex, yearA: number, yearB: number): CompareView {
  const started = performance.now();
  const changes = changesBetween(graph, yearA, yearB);
  const ms = performance.now() - started;
  return {
    fromYear: changes.fromYear,
    toYear: changes.toYear,
    began: changes.began.map((c) => changeView(graph, notes, c)),
    ended: changes.ended.map((c) => changeView(graph, notes, c)),
    ms,
  };
}

/** What the graph emphasises: the relations that began, ended, or both; null for none. */
export function compareEmphasis(graph: AllegianceGraph, view: CompareView, show: CompareShow): Emphasis | null {
  if (show === 'none') return null;
  const edges = [...(show !== 'ended' ? view.began : []), ...(show !== 'began' ? view.ended : [])].map((c) => c.edge);
  return emphasisOf(graph, [], edges);
}
