import { describe, expect, it } from 'vitest';
import { indexNotes } from '../shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';
import { DEFAULT_TOOL_STATE, type ToolState } from './tool-state';
import { toolDeriver, tracingYear } from './tool-view';

const graph = fixtureGraph();
const notes = indexNotes(fixtureNotes());
const state = (change: Partial<ToolState>): ToolState => ({ ...DEFAULT_TOOL_STATE, ...change });

describe('toolDeriver', () => {
  it('computes nothing and emphasises nothing with no tool open', () => {
    const data = toolDeriver(graph, notes)(state({ betrayal: 'stalin>purged>zinoviev@1936', pathFrom: 'trotsky', pathTo: 'kirov' }));
    expect(data).toMatchObject({ tool: null, tracing: null, path: null, compare: null, rank: null, emphasis: null, sizeBy: 'degree' });
  });

  it('emphasises the chosen betrayal', () => {
    const derive = toolDeriver(graph, notes);
    const data = derive(state({ tool: 'betrayals', betrayal: 'stalin>purged>zinoviev@1936' }));
    expect(data.tracing!.betrayals.length).toBe(2);
    expect([...data.emphasis!.edges].sort()).toEqual(['stalin>purged>zinoviev@1936', 'zinoviev>allied-with>stalin@1923']);
    expect(derive(state({ tool: 'betrayals' })).emphasis).toBeNull();
    expect(derive(state({ tool: 'betrayals', betrayal: 'gone' })).emphasis).toBeNull();
  });

  it('emphasises the chosen path, memoising the search', () => {
    const derive = toolDeriver(graph, notes);
    const a = derive(state({ tool: 'path', pathFrom: 'trotsky', pathTo: 'kirov' }));
    expect([...a.emphasis!.nodes]).toEqual(['trotsky', 'stalin', 'kirov']);
    expect(derive(state({ tool: 'path', pathFrom: 'trotsky', pathTo: 'kirov', pathIndex: 3 })).path).toBe(a.path);
    expect(derive(state({ tool: 'path', pathFrom: 'trotsky' })).path).toBeNull();
    expect(derive(state({ tool: 'path', pathFrom: 'trotsky', pathTo: 'kirov', pathTones: new Set() })).path).toBeNull();
  });

  it('compares two different years, highlighting only on request', () => {
    const derive = toolDeriver(graph, notes);
    expect(derive(state({ tool: 'compare', compareA: 1924 })).compare).toBeNull();
    expect(derive(state({ tool: 'compare', compareA: 1924, compareB: 1924 })).compare).toBeNull();
    const none = derive(state({ tool: 'compare', compareA: 1936, compareB: 1924 }));
    expect(none.compare!.began.length).toBe(3);
    expect(none.emphasis).toBeNull();
    const both = derive(state({ tool: 'compare', compareA: 1924, compareB: 1936, compareShow: 'both' }));
    expect(both.compare).toBe(none.compare);
    expect(both.emphasis!.edges.size).toBe(6);
  });

  it('ranks, and sizes nodes by the ranking whichever tool is open', () => {
    const derive = toolDeriver(graph, notes);
    expect(derive(state({ tool: 'rank' })).rank!.ranks[0]!.id).toBe('stalin');
    const sized = derive(state({ size: 'betweenness' })).sizeBy as Record<string, number>;
    expect(sized.stalin).toBe(1);
  });
});

describe('tracingYear', () => {
  it('is the year of the break, or null', () => {
    expect(tracingYear(graph, notes, 'stalin>purged>zinoviev@1936')).toBe(1936);
    expect(tracingYear(graph, notes, 'nope')).toBeNull();
    expect(tracingYear(graph, notes, null)).toBeNull();
  });
});
