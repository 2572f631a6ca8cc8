import fc from 'fast-check';
import { allSimplePaths } from 'graphology-simple-path';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { makeGraph, oddData, powerStruggle, type E, type R } from './fixtures';
import { findPaths } from './paths';

describe('findPaths on the power struggle', () => {
  const g = powerStruggle();

  it('puts the direct link first and reports each hop’s real direction', () => {
    const [first] = findPaths(g, 'trotsky', 'stalin');
    expect(first!.nodes).toEqual(['trotsky', 'stalin']);
    expect(first!.hops[0]).toMatchObject({ from: 'trotsky', to: 'stalin', source: 'stalin', target: 'trotsky', forward: false, type: 'opposed', start: '1923', end: '1927' });
    expect(first!.hops[0]!.parallel.map((r) => r.edge)).toEqual(['k-stalin-purge-trotsky']);
  });

  it('lists alternatives shortest first, as distinct simple paths', () => {
    const paths = findPaths(g, 'lenin', 'trotsky');
    expect(paths).toHaveLength(5);
    const lengths = paths.map((p) => p.hops.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(new Set(paths.map((p) => p.nodes.join())).size).toBe(5);
    for (const p of paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it('keeps only the chosen tones: friendly chains from Stalin to Trotsky run through Kamenev or Zinoviev', () => {
    const paths = findPaths(g, 'stalin', 'trotsky', { tones: ['friendly'] });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['stalin', 'kamenev', 'trotsky'],
      ['stalin', 'zinoviev', 'trotsky'],
    ]);
    expect(paths.flatMap((p) => p.hops).every((h) => h.tone === 'friendly' && h.parallel.every((r) => r.tone === 'friendly'))).toBe(true);
  });

  it('keeps only relations overlapping the years', () => {
    expect(findPaths(g, 'stalin', 'trotsky', { tones: ['friendly'], toYear: 1925 })).toEqual([]);
    const late = findPaths(g, 'kamenev', 'trotsky', { fromYear: 1926, toYear: 1926 });
    expect(late[0]!.hops.map((h) => h.edge)).toEqual(['k-trotsky-ally-kamenev']);
  });

  it('honours maxPaths and maxLength', () => {
    expect(findPaths(g, 'lenin', 'trotsky', { maxPaths: 2 })).toHaveLength(2);
    expect(findPaths(g, 'lenin', 'trotsky', { maxLength: 1 })).toEqual([]);
    expect(findPaths(g, 'lenin', 'trotsky', { maxLength: 2 }).every((p) => p.hops.length <= 2)).toBe(true);
  });

  it('returns nothing for unknown or identical entities', () => {
    expect(findPaths(g, 'stalin', 'nobody')).toEqual([]);
    expect(findPaths(g, 'stalin', 'stalin')).toEqual([]);
  });

  it('skips self-loops and copes with odd data', () => {
    const paths = findPaths(oddData(), 'a', 'c');
    expect(paths[0]!.nodes).toEqual(['a', 'c']);
    expect(paths.flatMap((p) => p.hops).some((h) => h.source === h.target)).toBe(false);
  });
});

describe('findPaths against brute force', () => {
  const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
  const entities: E[] = ids.map((id) => [id, id.toUpperCase(), 'person']);
  const edgeArb = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom('allied-with', 'opposed', 'led'));

  it('finds the k shortest simple paths (same lengths as enumerating them all)', () => {
    fc.assert(
      fc.property(fc.array(edgeArb, { maxLength: 16 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (edges, k, maxLength) => {
        const relations: R[] = edges.map(([s, t, type], i) => [`e${i}`, s, type, t, '1920']);
        const g = makeGraph(entities, relations);
        const simple = new UndirectedGraph();
        ids.forEach((id) => simple.addNode(id));
        for (const [s, t] of edges) if (s !== t) simple.mergeEdge(s, t);
        const all = allSimplePaths(simple, 'n0', 'n6', { maxDepth: maxLength });
        const expected = all.map((p) => p.length - 1).sort((x, y) => x - y).slice(0, k);
        const paths = findPaths(g, 'n0', 'n6', { maxPaths: k, maxLength });
        expect(paths.map((p) => p.hops.length)).toEqual(expected);
        for (const p of paths) {
          expect(new Set(p.nodes).size).toBe(p.nodes.length);
          p.hops.forEach((h, i) => {
            expect([h.from, h.to]).toEqual([p.nodes[i], p.nodes[i + 1]]);
            expect([h.source, h.target].sort()).toEqual([h.from, h.to].sort());
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('findPaths on a larger graph', () => {
  // Speed is measured by `npm run bench`, never asserted here.
  it('finds shortest-first paths on a graph of 200 entities and 400 relations', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ids = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const relations: R[] = Array.from({ length: 400 }, (_, i) => [`e${i}`, ids[Math.floor(random() * 200)]!, 'allied-with', ids[Math.floor(random() * 200)]!, '1920']);
    const g = makeGraph(ids.map((id) => [id, id, 'person']), relations);
    const paths = findPaths(g, 'n0', 'n199', { maxPaths: 10 });
    expect(paths.length).toBeGreaterThan(0);
    const lengths = paths.map((p) => p.hops.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });
});
