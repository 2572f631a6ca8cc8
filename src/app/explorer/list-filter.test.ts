import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/build-graph';
import { realDataset } from '../../node/test-support';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';
import { indexNotes } from '../shared/notes-index';
import { filterRows, filterWords } from './list-filter';
import { relationRows } from './relation-rows';

const graph = fixtureGraph();
const rows = relationRows(graph, graph.edges(), indexNotes(fixtureNotes()));
const edges = (filter: string) => filterRows(rows, filter).map((r) => r.edge).sort();

describe('the List view filter', () => {
  it('keeps every row for an empty or blank filter', () => {
    expect(filterRows(rows, '')).toHaveLength(rows.length);
    expect(filterRows(rows, '   ')).toHaveLength(rows.length);
    expect(filterWords('  Purged   KIROV ')).toEqual(['purged', 'kirov']);
  });

  it('matches entity labels, relation labels and type ids, case-insensitively; every word must match', () => {
    expect(edges('kirov')).toEqual(['stalin>killed>kirov@1934-12']);
    expect(edges('PURGED')).toEqual(['stalin>purged>kamenev@1936', 'stalin>purged>zinoviev@1936']);
    expect(edges('member-of')).toEqual(['stalin>member-of>politburo@1917']);
    expect(edges('purged grigory')).toEqual(['stalin>purged>zinoviev@1936']); // Kamenev's quote names Zinoviev too, not his first name
    expect(edges('purged trotsky')).toEqual([]);
  });

  it('matches the words of the quotes, and hedges', () => {
    expect(edges('triumvirate')).toEqual(['zinoviev>allied-with>stalin@1923']);
    expect(edges('isolated')).toEqual(['stalin>opposed>trotsky@1923']);
    expect(edges('suspected')).toEqual(['stalin>killed>kirov@1934-12']);
  });

  it('matches a year inside a relation’s dates, not only the years written', () => {
    expect(edges('1924')).toEqual(['kamenev>allied-with>stalin@1923', 'stalin>opposed>trotsky@1923', 'zinoviev>allied-with>stalin@1923']);
    expect(edges('1936')).toEqual(['stalin>purged>kamenev@1936', 'stalin>purged>zinoviev@1936']);
    expect(edges('1950')).toEqual([]);
  });

  it('ignores accents and surrounding quotation marks', () => {
    expect(edges('“kírov”')).toEqual(['stalin>killed>kirov@1934-12']);
  });

  it('finds "power base" in the real notes’ quotes', () => {
    const real = buildGraph(realDataset());
    const all = relationRows(real, real.edges());
    const hits = filterRows(all, 'power base');
    expect(hits.length).toBeGreaterThan(0);
    for (const r of hits) expect(r.evidence.some((e) => /power/i.test(e.quote) && /base/i.test(e.quote)) || /power|base/i.test(`${r.sourceLabel} ${r.targetLabel}`)).toBe(true);
  });
});
