import { describe, expect, it } from 'vitest';
import { relationRows, sortRows } from './relation-rows';
import { fixtureGraph } from '../shared/test-fixture';

const graph = fixtureGraph();
const rows = relationRows(graph, graph.edges());

describe('relation rows', () => {
  it('reads each relation as source, relation, target, dates, slides', () => {
    const z = rows.find((r) => r.edge === 'zinoviev>allied-with>stalin@1923');
    expect(z).toMatchObject({ sourceLabel: 'Grigory Zinoviev', relation: 'allied with', targetLabel: 'Joseph Stalin', dates: '1923–1925', outsideNotes: true, slides: [2] });
    expect(relationRows(graph, ['nope'])).toEqual([]);
  });

  it('sorts by each column, both ways, stably', () => {
    const byDate = sortRows(rows, 'dates', 'ascending').map((r) => r.dates);
    expect(byDate[0]).toBe('1917');
    expect(byDate.at(-1)).toBe('1936');
    expect(sortRows(rows, 'dates', 'descending')[0]!.dates).toBe('1936');
    expect(sortRows(rows, 'source', 'ascending')[0]!.sourceLabel).toBe('Grigory Zinoviev');
    expect(sortRows(rows, 'target', 'descending')[0]!.targetLabel).toBe('Sergei Kirov');
    expect(sortRows(rows, 'relation', 'ascending')[0]!.relation).toBe('allied with');
    expect(sortRows(rows, 'slides', 'ascending')[0]!.slides).toEqual([1]);
    expect(sortRows(rows, 'source', 'ascending')).toEqual(sortRows([...rows].reverse(), 'source', 'ascending'));
  });
});
