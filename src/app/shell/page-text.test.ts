import { describe, expect, it } from 'vitest';
import { pageTitle, viewSummary } from './page-text';
import { fixtureGraph } from '../shared/test-fixture';

describe('page text', () => {
  const graph = fixtureGraph();

  it('titles the page by the open tool or the selected entity, and the year', () => {
    expect(pageTitle(graph, { selected: null, year: null, tool: null })).toBe('Allegiance');
    expect(pageTitle(graph, { selected: 'nep', year: null, tool: null })).toBe('New Economic Policy · Allegiance');
    expect(pageTitle(graph, { selected: 'nep', year: 1925, tool: null })).toBe('New Economic Policy, 1925 · Allegiance');
    expect(pageTitle(graph, { selected: 'nep', year: 1925, tool: 'rank' })).toBe('Who mattered, 1925 · Allegiance');
  });

  it('counts what is in view against the whole graph', () => {
    expect(viewSummary(graph, { visibleNodes: null, visibleEdges: null }, null)).toBe(
      `${graph.order} of ${graph.order} entities and ${graph.size} of ${graph.size} relations in view across all years.`,
    );
    expect(viewSummary(graph, { visibleNodes: new Set(['nep']), visibleEdges: new Set() }, 1925)).toBe(
      `1 of ${graph.order} entities and 0 of ${graph.size} relations in view in 1925.`,
    );
  });
});
