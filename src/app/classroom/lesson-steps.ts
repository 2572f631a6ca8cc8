/** A lesson's step operations (pure: each returns a new lesson) and "Add this view as a step" from the explorer's state. */
import { labelOf } from '../../model/queries/relations';
import { relationSentence } from '../../model/queries/sentence';
import type { AllegianceGraph } from '../../model/types';
import type { ViewState } from '../shell/view-state';
import type { LessonData, LessonStep, LessonView } from './lesson-schema';

export const EMPTY_LESSON: LessonData = { summary: '', steps: [] };

/** The explorer's view as a lesson step: year, selection, focus, filters, the chosen relation highlighted with its first quote. */
export function stepFromView(graph: AllegianceGraph, state: ViewState): LessonStep {
  const view: LessonView = {};
  if (state.year !== null) view.year = state.year;
  if (state.selected && graph.hasNode(state.selected)) view.select = state.selected;
  if (state.focus > 0 && view.select) view.focus = state.focus;
  if (state.kinds) view.kinds = [...state.kinds];
  if (state.types) view.types = [...state.types];
  if (state.tones) view.tones = [...state.tones];
  const edge = state.edge && graph.hasEdge(state.edge) ? state.edge : null;
  if (edge) view.highlight = [edge];
  const evidence = edge ? graph.getEdgeAttribute(edge, 'evidence')[0] : undefined;
  const where = state.year === null ? '' : ` in ${state.year}`;
  const caption = edge ? relationSentence(graph, edge) : view.select ? `${labelOf(graph, view.select)}${where}` : state.year === null ? 'The whole graph' : `The graph in ${state.year}`;
  return { caption, note: '', view, excerpts: evidence ? [{ slide: evidence.slide, quote: evidence.quote }] : [] };
}

export function addStep(lesson: LessonData, step: LessonStep): LessonData {
  return { ...lesson, steps: [...lesson.steps, step] };
}

export function editStep(lesson: LessonData, index: number, change: Partial<Pick<LessonStep, 'caption' | 'note'>>): LessonData {
  return { ...lesson, steps: lesson.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) };
}

/** Move a step up (-1) or down (+1); out of range does nothing. */
export function moveStep(lesson: LessonData, index: number, by: -1 | 1): LessonData {
  const to = index + by;
  if (index < 0 || to < 0 || index >= lesson.steps.length || to >= lesson.steps.length) return lesson;
  const steps = [...lesson.steps];
  [steps[index], steps[to]] = [steps[to]!, steps[index]!];
  return { ...lesson, steps };
}

export function deleteStep(lesson: LessonData, index: number): LessonData {
  return { ...lesson, steps: lesson.steps.filter((_, i) => i !== index) };
}
