import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { indexNotes } from '../shared/notes-index';
import { chosenPath, pathEmphasis, pathQueryOf, pathResult, pathResultMemo } from './path-view';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';
import { DEFAULT_TOOL_STATE } from './tool-state';

describe('pathQueryOf', () => {
  it('needs two different ends', () => {
    expect(pathQueryOf(DEFAULT_TOOL_STATE)).toBeNull();
    expect(pathQueryOf({ ...DEFAULT_TOOL_STATE, pathFrom: 'stalin' })).toBeNull();
    expect(pathQueryOf({ ...DEFAULT_TOOL_STATE, pathFrom: 'stalin', pathTo: 'stalin' })).toBeNull();
    expect(pathQueryOf({ ...DEFAULT_TOOL_STATE, pathFrom: 'trotsky', pathTo: 'kirov', pathFromYear: 1920 })).toEqual({ from: 'trotsky', to: 'kirov', fromYear: 1920, toYear: null, tones: null });
  });
});

describe('pathResult on the fixture', () => {
  const graph = fixtureGraph();
  const notes = indexNotes(fixtureNotes());

  it('lists paths with labelled hops and their quotes, and emphasises the chosen one', () => {
    const result = pathResult(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: null });
    expect(result.paths.map((p) => p.title)).toEqual(['Leon Trotsky → Joseph Stalin → Sergei Kirov']);
    const [hop1, hop2] = result.paths[0]!.hops;
    expect(hop1).toMatchObject({ fromLabel: 'Leon Trotsky', toLabel: 'Joseph Stalin', relation: { sentence: 'Joseph Stalin opposed Leon Trotsky', dates: '1923–1927' } });
    expect(hop2!.relation.evidence).toEqual([{ slide: 3, slideTitle: 'The purges', quote: 'Stalin had Kirov killed, some suspect' }]);
    expect(hop2!.relation.certainty).toBe('suspected');
    const e = pathEmphasis(graph, chosenPath(result, 0)!);
    expect([...e.nodes]).toEqual(['trotsky', 'stalin', 'kirov']);
    expect([...e.edges]).toEqual(['stalin>opposed>trotsky@1923', 'stalin>killed>kirov@1934-12']);
  });

  it('respects years and tones, and says so by finding nothing', () => {
    expect(pathResult(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: new Set(['friendly']) }).paths).toEqual([]);
    expect(pathResult(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: 1940, toYear: 1950, tones: null }).paths).toEqual([]);
  });

  it('clamps the chosen index and memoises on the query', () => {
    const result = pathResult(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: null });
    expect(chosenPath(result, 7)).toBe(result.paths[0]);
    expect(chosenPath({ ...result, paths: [] }, 0)).toBeNull();
    const memo = pathResultMemo();
    const a = memo(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: new Set(['hostile', 'friendly']) });
    expect(memo(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: new Set(['friendly', 'hostile']) })).toBe(a);
    expect(memo(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: 1920, toYear: null, tones: null })).not.toBe(a);
  });
});

describe('pathResult on the real graph', () => {
  const graph = runPipeline(realData()).graph!;
  const notes = indexNotes(null, graph.getAttribute('slideTitles'));

  it('finds Trotsky → Stalin → Kirov first, with alternatives, each hop quoted', () => {
    const result = pathResult(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: null });
    expect(result.paths.length).toBe(5);
    expect(result.paths[0]!.title).toBe('Leon Trotsky → Joseph Stalin → Sergei Kirov');
    for (const p of result.paths) for (const h of p.hops) expect(h.relation.evidence.length).toBeGreaterThan(0);
    expect(result.paths[0]!.hops[1]!.parallel.map((r) => r.sentence)).toContain('Joseph Stalin killed Sergei Kirov');
  });
});
