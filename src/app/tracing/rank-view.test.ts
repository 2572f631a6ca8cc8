import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { rankView, sizeScores } from './rank-view';
import { fixtureGraph } from '../shared/test-fixture';

describe('rankView', () => {
  const graph = fixtureGraph();

  it('ranks by betweenness, or by number of relations', () => {
    const byB = rankView(graph, null, null, 'betweenness');
    expect(byB.ranks[0]!.id).toBe('stalin');
    expect(byB.maxDegree).toBe(byB.ranks[0]!.degree);
    const byD = rankView(graph, null, null, 'degree');
    const degrees = byD.ranks.map((r) => r.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(byD.ranks.length).toBe(byB.ranks.length);
  });

  it('narrows to a window of years', () => {
    const early = rankView(graph, 1917, 1922, 'degree').ranks.map((r) => r.id).sort();
    expect(early).toEqual(['lenin', 'nep', 'politburo', 'stalin']);
  });
});

describe('sizeScores', () => {
  const graph = fixtureGraph();

  it('is the canvas default without a measure', () => {
    expect(sizeScores(graph, null, null, null)).toBe('degree');
  });

  it('scales to [0, 1] relative to the top entity, zero for entities outside the window, same object each time', () => {
    const s = sizeScores(graph, 'degree', 1917, 1922) as Record<string, number>;
    expect(s.stalin).toBe(1);
    expect(s.kirov).toBe(0);
    expect(Object.keys(s).length).toBe(graph.order);
    for (const v of Object.values(s)) expect(v >= 0 && v <= 1).toBe(true);
    expect(sizeScores(graph, 'degree', 1917, 1922)).toBe(s);
    expect(sizeScores(graph, 'betweenness', null, null)).not.toBe(s);
  });
});

describe('rankView on the real graph', () => {
  const graph = runPipeline(realData()).graph!;
  it('puts Stalin first for the whole period', () => {
    const v = rankView(graph, null, null, 'betweenness');
    expect(v.ranks[0]!.label).toBe('Joseph Stalin');
    expect((sizeScores(graph, 'betweenness', null, null) as Record<string, number>).stalin).toBe(1);
  });
});
