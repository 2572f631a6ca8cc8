import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/build-graph';
import { realDataset } from '../../node/test-support';
import { indexNotes } from '../shared/notes-index';
import { entityDetails } from './details';
import { groupByPeriod, NOTES_PERIODS } from './periods';

const byYear = (y: number | null) => y;

describe('groupByPeriod', () => {
  it('puts each item under the period of its first year, in period order, undated last, empty periods left out', () => {
    const groups = groupByPeriod([1925, null, 1918, 1936, 1922, 1950, 1900, 1928], byYear, null);
    expect(groups.map((g) => [g.period.label, g.items])).toEqual([
      ['Before 1917', [1900]],
      ['1917–21', [1918]],
      ['1922–28', [1925, 1922, 1928]],
      ['1929–40', [1936]],
      ['1941–56', [1950]],
      ['Undated', [null]],
    ]);
  });

  it('opens the period holding the year, only that one', () => {
    const open = (year: number | null, items = [1918, 1925, 1936, 1950, null]) => groupByPeriod(items, byYear, year).filter((g) => g.open).map((g) => g.period.label);
    expect(open(1925)).toEqual(['1922–28']);
    expect(open(1941)).toEqual(['1941–56']);
    expect(open(1921)).toEqual(['1917–21']);
    // All years: the latest dated period.
    expect(open(null)).toEqual(['1941–56']);
    // A year in a period with nothing in it: the one before it (what was last in force), else the first.
    expect(open(1935, [1918, 1925, 1950])).toEqual(['1922–28']);
    expect(open(1903, [1918, 1925])).toEqual(['1917–21']);
    expect(open(null, [null])).toEqual(['Undated']);
    expect(groupByPeriod([], byYear, 1925)).toEqual([]);
  });

  it('covers every year from 1917 to 1956 exactly once', () => {
    for (let y = 1917; y <= 1956; y++) expect(NOTES_PERIODS.filter((p) => p.from <= y && y <= p.to)).toHaveLength(1);
  });

  it('groups Stalin’s relations in the real notes without losing or repeating one', () => {
    const graph = buildGraph(realDataset());
    const d = entityDetails(graph, indexNotes(null), 'stalin')!;
    const groups = groupByPeriod(d.relations, (r) => r.years?.from ?? null, 1925);
    expect(groups.flatMap((g) => g.items).map((r) => r.edge).sort()).toEqual(d.relations.map((r) => r.edge).sort());
    expect(groups.map((g) => g.period.label)).toEqual(expect.arrayContaining(['1917–21', '1922–28', '1929–40', '1941–56']));
    for (const g of groups) for (const r of g.items) if (r.years) expect(g.period.from <= r.years.from && r.years.from <= g.period.to).toBe(true);
  });
});
