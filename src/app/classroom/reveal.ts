/**
 * Presenter mode's canvas view for one step of a storyline: what the story has reached so far is shown (in the
 * positions it keeps: only visibility changes), the rest hidden; this step's relations and entities are emphasised.
 * A predict question's answer stays hidden until revealed, and shows on every later step.
 */
import type { Storyline, StoryStep } from '../../model/storylines/schema';
import type { AllegianceGraph } from '../../model/types';
import type { VisibleView } from '../explorer/visible';

function stepElements(graph: AllegianceGraph, step: StoryStep, withAnswer: boolean): { nodes: string[]; edges: string[] } {
  const edges = [...step.view.highlight];
  if (withAnswer && step.predict) edges.push(step.predict.answer);
  const nodes = [...(step.view.select ? [step.view.select] : []), ...step.view.show];
  for (const key of edges) if (graph.hasEdge(key)) nodes.push(graph.source(key), graph.target(key));
  return { nodes: nodes.filter((id) => graph.hasNode(id)), edges: edges.filter((key) => graph.hasEdge(key)) };
}

/** The canvas view at step `index` (clamped), with the step's answer shown or not. */
export function presenterView(graph: AllegianceGraph, story: Storyline, index: number, answerShown: boolean): VisibleView {
  const at = Math.max(0, Math.min(story.steps.length - 1, index));
  const nodes = new Set<string>();
  const edges = new Set<string>();
  story.steps.slice(0, at + 1).forEach((step, i) => {
    const seen = stepElements(graph, step, i < at || answerShown);
    for (const n of seen.nodes) nodes.add(n);
    for (const e of seen.edges) edges.add(e);
  });
  const step = story.steps[at]!;
  const now = stepElements(graph, step, answerShown);
  // A step's filters narrow what the story has reached (a relation shows only with both ends).
  const { kinds, types, tones } = step.view;
  if (kinds) for (const n of [...nodes]) if (!kinds.includes(graph.getNodeAttribute(n, 'kind'))) nodes.delete(n);
  for (const e of [...edges]) {
    const type = graph.getEdgeAttribute(e, 'type');
    const tone = graph.getAttribute('relationTypes')[type]?.tone;
    if (!nodes.has(graph.source(e)) || !nodes.has(graph.target(e)) || (types && !types.includes(type)) || (tones && tone && !tones.includes(tone))) edges.delete(e);
  }
  const emphasis = now.edges.length > 0 || now.nodes.length > 0;
  return {
    visibleNodes: nodes,
    visibleEdges: edges,
    mode: 'hide',
    selectedNode: step.view.select && nodes.has(step.view.select) ? step.view.select : null,
    selectedEdge: null,
    highlightNodes: emphasis ? new Set(now.nodes.filter((n) => nodes.has(n))) : null,
    highlightEdges: emphasis ? new Set(now.edges.filter((e) => edges.has(e))) : null,
    sizeBy: 'degree',
  };
}
