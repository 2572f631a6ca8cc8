import { describe, expect, it } from 'vitest';
import { emphasisOf, withEmphasis } from './emphasis';
import { fixtureGraph } from '../shared/test-fixture';
import { DEFAULT_STATE } from '../shell/view-state';
import { visibleView } from './visible';

const graph = fixtureGraph();

describe('emphasisOf', () => {
  it('adds the ends of the edges and drops unknown ids', () => {
    const e = emphasisOf(graph, ['kirov', 'ghost'], ['stalin>purged>zinoviev@1936', 'nope']);
    expect([...e.nodes].sort()).toEqual(['kirov', 'stalin', 'zinoviev']);
    expect([...e.edges]).toEqual(['stalin>purged>zinoviev@1936']);
  });
});

describe('withEmphasis', () => {
  it('leaves a view without emphasis alone, or only changes its sizes', () => {
    const view = visibleView(graph, DEFAULT_STATE);
    expect(withEmphasis(view, null)).toBe(view);
    expect(withEmphasis(view, null, { stalin: 1 }).sizeBy).toEqual({ stalin: 1 });
  });

  it('highlights the emphasis and shows it even outside the year', () => {
    const view = visibleView(graph, { ...DEFAULT_STATE, year: 1936 });
    expect(view.visibleEdges!.has('zinoviev>allied-with>stalin@1923')).toBe(false);
    const e = emphasisOf(graph, [], ['zinoviev>allied-with>stalin@1923', 'stalin>purged>zinoviev@1936']);
    const out = withEmphasis(view, e);
    expect(out.highlightEdges).toBe(e.edges);
    expect(out.highlightNodes).toBe(e.nodes);
    expect(out.visibleEdges!.has('zinoviev>allied-with>stalin@1923')).toBe(true);
    expect(out.visibleNodes!.has('zinoviev')).toBe(true);
    // The rest of the year's view is kept.
    for (const key of view.visibleEdges!) expect(out.visibleEdges!.has(key)).toBe(true);
    expect(view.visibleEdges!.has('zinoviev>allied-with>stalin@1923')).toBe(false);
  });

  it('keeps "everything visible" as null', () => {
    const out = withEmphasis(visibleView(graph, DEFAULT_STATE), emphasisOf(graph, ['kirov'], []));
    expect(out.visibleNodes).toBeNull();
    expect(out.visibleEdges).toBeNull();
  });
});
