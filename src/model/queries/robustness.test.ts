import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { makeGraph, oddData, type E, type R } from './fixtures';
import type { AllegianceGraph } from '../types';
import * as q from './index';

/** Run every query and formatter; the real data is curated by hand, so none may throw. */
function runAll(graph: AllegianceGraph, ids: string[]): void {
  const [a = 'x', b = 'y'] = ids;
  q.formatBetrayals(graph, q.findBetrayals(graph));
  q.formatSideSwitches(graph, q.findSideSwitches(graph));
  q.formatPaths(graph, a, b, q.findPaths(graph, a, b, { tones: ['hostile', 'friendly'], fromYear: 1920, toYear: 1930 }));
  q.formatChanges(q.changesBetween(graph, 1900, 1950));
  q.formatRanking(q.rankEntities(graph, { fromYear: 1920 }));
  q.periodOf(graph);
  for (const id of [...ids, 'missing']) {
    q.formatTimeline(graph, id);
    q.swimlanes(graph, id);
  }
  for (const year of [1800, 1925]) {
    q.relationsInForce(graph, year);
    q.activeEntities(graph, year);
  }
}

describe('robustness', () => {
  it('never throws on the odd-data fixture', () => {
    expect(() => runAll(oddData(), ['a', 'b', 'c', 'p'])).not.toThrow();
  });

  it('never throws on a bare graph: no graph attributes, no relation types, edges missing fields', () => {
    const bare = new MultiDirectedGraph() as unknown as AllegianceGraph;
    bare.addNode('x', { label: 'X' } as never);
    bare.addNode('y', {} as never);
    bare.addDirectedEdgeWithKey('e1', 'x', 'y', { type: 'allied-with', start: '1920' } as never);
    bare.addDirectedEdgeWithKey('e2', 'y', 'x', { type: 'purged', start: '1925' } as never);
    bare.addDirectedEdgeWithKey('e3', 'x', 'x', {} as never);
    expect(() => runAll(bare, ['x', 'y'])).not.toThrow();
    expect(q.entityTimeline(bare, 'y').map((e) => e.sentence)).toEqual(['1920: target of "allied with" by X', '1925: purged X']);
  });

  it('never throws on random graphs with odd dates, unknown types and self-loops', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const date = fc.constantFrom(undefined, '1917', '1924-01', '1924-01-21', '1930', 'c. 1920', '', '1925?');
    const type = fc.constantFrom('allied-with', 'supported', 'opposed', 'purged', 'ended', 'member-of', 'introduced', 'mystery');
    const kind = fc.constantFrom<E[2]>('person', 'policy', 'institution', 'faction');
    fc.assert(
      fc.property(
        fc.tuple(kind, kind, kind, kind, date, date),
        fc.array(fc.tuple(fc.constantFrom(...ids), type, fc.constantFrom(...ids), date, date), { maxLength: 14 }),
        ([k0, k1, k2, k3, s, e], rels) => {
          const kinds = [k0, k1, k2, k3];
          const entities: E[] = ids.map((id, i) => [id, i === 0 ? '' : id.toUpperCase(), kinds[i]!, i === 1 ? s : undefined, i === 1 ? e : undefined]);
          const relations: R[] = rels.map(([src, t, tgt, start, end], i) => [`r${i}`, src, t, tgt, start, end]);
          runAll(makeGraph(entities, relations), ids);
        },
      ),
      { numRuns: 300 },
    );
  });
});
