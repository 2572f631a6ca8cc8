import { describe, expect, it } from 'vitest';
import { rankEntities } from './centrality';
import { makeGraph, oddData, powerStruggle } from './fixtures';

describe('rankEntities', () => {
  it('puts Stalin first over the whole period, counting relations as degree', () => {
    const ranks = rankEntities(powerStruggle());
    expect(ranks[0]).toMatchObject({ id: 'stalin', label: 'Joseph Stalin', degree: 16 });
    expect(ranks[0]!.betweenness).toBeGreaterThan(ranks[1]!.betweenness);
    expect(ranks.find((r) => r.id === 'kirov')).toMatchObject({ degree: 1, betweenness: 0 });
  });

  it('ranks only within the window', () => {
    const ranks = rankEntities(powerStruggle(), { fromYear: 1936, toYear: 1936 });
    expect(ranks.map((r) => r.id)).toEqual(['stalin', 'zinoviev', 'kamenev', 'politburo']); // ties by label
    expect(ranks[0]!.betweenness).toBe(1);
  });

  it('computes betweenness on a path graph: the middle holds everything together', () => {
    const g = makeGraph(
      [['a', 'A', 'person'], ['b', 'B', 'person'], ['c', 'C', 'person']],
      [['x', 'a', 'allied-with', 'b', '1920'], ['x2', 'a', 'opposed', 'b', '1921'], ['y', 'c', 'opposed', 'b', '1920']],
    );
    expect(rankEntities(g)).toEqual([
      { id: 'b', label: 'B', degree: 3, betweenness: 1 },
      { id: 'a', label: 'A', degree: 2, betweenness: 0 },
      { id: 'c', label: 'C', degree: 1, betweenness: 0 },
    ]);
  });

  it('ignores self-loops and empty windows', () => {
    expect(rankEntities(oddData()).find((r) => r.id === 'a')?.degree).toBe(8);
    expect(rankEntities(powerStruggle(), { fromYear: 1800, toYear: 1810 })).toEqual([]);
  });
});
