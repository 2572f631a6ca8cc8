import { describe, expect, it } from 'vitest';
import { swimlanes } from '../../model/queries/timeline';
import { fitLabel, layoutSwimlanes, packRows } from './swimlane-layout';
import { fixtureGraph } from '../shared/test-fixture';

describe('packRows', () => {
  it('puts overlapping intervals on separate rows and reuses a row once free', () => {
    expect(packRows([{ start: 1923, end: 1927 }, { start: 1924, end: 1924 }, { start: 1927, end: 1927 }, { start: 1929, end: 1929 }, { start: 1925, end: 1926 }])).toEqual([0, 1, 1, 0, 1]);
    expect(packRows([])).toEqual([]);
    expect(packRows([{ start: 1927, end: 1927 }, { start: 1927, end: 1927 }])).toEqual([0, 1]);
  });
});

describe('layoutSwimlanes', () => {
  const graph = fixtureGraph();

  it('lays out one lane per other entity, bars spanning their years, acts one year wide', () => {
    const layout = layoutSwimlanes(swimlanes(graph, 'zinoviev'), { width: 400 });
    expect([layout.fromYear, layout.toYear]).toEqual([1923, 1936]);
    expect(layout.lanes.map((l) => l.label)).toEqual(['Joseph Stalin']);
    const [alliance, purge] = layout.lanes[0]!.items;
    expect(alliance!.x).toBeCloseTo(layout.plotLeft);
    expect(alliance!.width).toBeCloseTo(3 * layout.yearWidth);
    expect(purge!.oneOff).toBe(true);
    expect(purge!.x + purge!.width).toBeCloseTo(layout.plotRight);
    expect(layout.lanes[0]!.rows).toBe(1);
    expect(layout.yearWidth * (1936 - 1923 + 1)).toBeCloseTo(layout.plotRight - layout.plotLeft);
  });

  it('stacks lanes and rows without overlap, and ticks at readable intervals', () => {
    const layout = layoutSwimlanes(swimlanes(graph, 'stalin'), { width: 300, rowHeight: 10, lanePadding: 2 });
    let bottom = 0;
    for (const lane of layout.lanes) {
      expect(lane.y).toBeGreaterThanOrEqual(bottom);
      bottom = lane.y + lane.height;
      for (const item of lane.items) expect(item.y > lane.y && item.y < lane.y + lane.height).toBe(true);
    }
    expect(layout.height).toBeGreaterThan(bottom);
    const gaps = layout.ticks.slice(1).map((t, i) => t.x - layout.ticks[i]!.x);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(34);
    expect(layout.ticks.every((t) => t.year >= layout.fromYear && t.year <= layout.toYear)).toBe(true);
    // The axis names its first year, unless a tick sits too close to it.
    const first = layout.plotLeft + layout.yearWidth / 2;
    expect(layout.ticks[0]!.year === layout.fromYear || layout.ticks[0]!.x - first < 34).toBe(true);
  });

  it('draws nothing for an entity without dated relations', () => {
    const layout = layoutSwimlanes(swimlanes(graph, 'purges'), { width: 300 });
    expect(layout.lanes).toEqual([]);
    expect(layout.ticks).toEqual([]);
  });
});

describe('fitLabel', () => {
  it('cuts long labels with an ellipsis', () => {
    expect(fitLabel('Stalin', 100)).toBe('Stalin');
    const cut = fitLabel('New Economic Policy (NEP)', 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(14);
  });
});
