/** "Predict the next move": the options offered for a question, drawn from the graph when the storyline gives none. */
import type { AllegianceGraph } from '../types';

/** How many options a drawn question offers (the answer and distractors). */
export const DRAWN_OPTIONS = 4;

/**
 * The answer's target plus distractors of the same kind: first those the answer's source is related to (plausible
 * moves), then the best-connected; sorted by label so the answer's place gives nothing away. Deterministic.
 */
export function predictOptions(graph: AllegianceGraph, answer: string, given?: readonly string[]): string[] {
  const source = graph.source(answer);
  const target = graph.target(answer);
  let distractors: string[];
  if (given?.length) distractors = given.filter((id) => id !== target);
  else {
    const kind = graph.getNodeAttribute(target, 'kind');
    const near = new Set(graph.neighbors(source));
    distractors = graph
      .filterNodes((id, a) => a.kind === kind && id !== target && id !== source)
      .sort((a, b) => Number(near.has(b)) - Number(near.has(a)) || graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
      .slice(0, DRAWN_OPTIONS - 1);
  }
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return [target, ...distractors].sort((a, b) => label(a).localeCompare(label(b)));
}
