import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { fixtureGraph } from '../shared/test-fixture';
import { swimlaneSummary, timelineView, timelineViewMemo } from './timeline-view';

describe('timelineView', () => {
  const graph = fixtureGraph();

  it('gives sentences, lanes, copyable text with quotes and a summary of the chart', () => {
    const v = timelineView(graph, 'zinoviev')!;
    expect(v.entries.map((e) => e.sentence)).toEqual(['1923–1925 (date not in the notes): allied with Joseph Stalin (slide 2)', '1936: was purged by Joseph Stalin (slide 3)']);
    expect(v.text.split('\n')[0]).toBe('Timeline of Grigory Zinoviev (person)');
    expect(v.text).toContain('slide 3: "Zinoviev and Kamenev were tried and shot in 1936"');
    expect(v.summary).toBe(
      "Chart of Grigory Zinoviev's relations, 1923–1936: 2 relations with 1 entity (1 friendly, 1 hostile), 1 one-off act shown as marks, the rest as bars. The timeline sentences give the same relations as text.",
    );
    expect(timelineView(graph, 'nobody')).toBeNull();
  });

  it('is memoised on the last entity', () => {
    const memo = timelineViewMemo();
    const a = memo(graph, 'zinoviev');
    expect(memo(graph, 'zinoviev')).toBe(a);
    expect(memo(graph, 'kirov')!.id).toBe('kirov');
    expect(memo(graph, 'zinoviev')).not.toBe(a);
  });

  it('says when nothing can be placed on the axis', () => {
    expect(swimlaneSummary('X', { lanes: [], undated: ['e'], fromYear: 1917, toYear: 1953 })).toMatch(/none is dated/);
  });
});

describe('timelineView on the real graph', () => {
  const graph = runPipeline(realData()).graph!;
  it('tells Bukharin’s story, purged by Stalin', () => {
    const v = timelineView(graph, 'bukharin')!;
    expect(v.entries.some((e) => e.phrase === 'was purged by Joseph Stalin')).toBe(true);
    expect(v.lanes.lanes.map((l) => l.other)).toContain('stalin');
  });
});
