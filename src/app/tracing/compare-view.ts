/** The two-year comparison as plain data: relations that began and ended, with quotes, and what the graph emphasises. */
import { changesBetween, type Change } from '../../model/queries/changes';
import { labelOf } from '../../model/queries/relations';
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

/** An entity some change involves, for the "Narrow to entity" picker. */
export interface CompareEntity {
  id: string;
  label: string;
  /** How many of the changes (began + ended) involve it. */
  changes: number;
}

export interface CompareView {
  fromYear: number;
  toYear: number;
  /** The changes shown: everyone's, or the narrowed-to entity's. */
  began: ChangeView[];
  ended: ChangeView[];
  /** The entity the changes are narrowed to; null = everyone's. */
  entity: string | null;
  /** Everyone's counts, before narrowing. */
  allBegan: number;
  allEnded: number;
  /** Every entity a change involves, by label. */
  involved: CompareEntity[];
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
  const began = changes.began.map((c) => changeView(graph, notes, c));
  const ended = changes.ended.map((c) => changeView(graph, notes, c));
  const counts = new Map<string, number>();
  for (const c of [...began, ...ended]) for (const id of new Set([c.source, c.target])) counts.set(id, (counts.get(id) ?? 0) + 1);
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const involved = [...counts].map(([id, n]) => ({ id, label: labelOf(graph, id), changes: n })).sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  return { fromYear: changes.fromYear, toYear: changes.toYear, began, ended, entity: null, allBegan: began.length, allEnded: ended.length, involved, ms };
}

/** The comparison narrowed to one entity's relations (either end); the view itself for null. */
export function narrowCompare(view: CompareView, entity: string | null): CompareView {
  if (entity === null) return view.entity === null ? view : { ...view, entity: null };
  const mine = (c: ChangeView) => c.source === entity || c.target === entity;
  return { ...view, entity, began: view.began.filter(mine), ended: view.ended.filter(mine) };
}

/** What the graph emphasises: the relations that began, ended, or both; null for none. */
export function compareEmphasis(graph: AllegianceGraph, view: CompareView, show: CompareShow): Emphasis | null {
  if (show === 'none') return null;
  const edges = [...(show !== 'ended' ? view.began : []), ...(show !== 'began' ? view.ended : [])].map((c) => c.edge);
  return emphasisOf(graph, [], edges);
}
