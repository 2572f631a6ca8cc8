import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { compareEmphasis, compareView, narrowCompare } from './compare-view';
import { indexNotes } from '../shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';

describe('compareView on the fixture', () => {
  const graph = fixtureGraph();
  const notes = indexNotes(fixtureNotes());

  it('lists what began and ended, with quotes, whichever year comes first', () => {
    const v = compareView(graph, notes, 1936, 1924);
    expect([v.fromYear, v.toYear]).toEqual([1924, 1936]);
    expect(v.began.map((c) => c.sentence)).toEqual(['Joseph Stalin killed Sergei Kirov', 'Joseph Stalin purged Lev Kamenev', 'Joseph Stalin purged Grigory Zinoviev']);
    expect(v.ended.map((c) => c.edge).sort()).toEqual(['kamenev>allied-with>stalin@1923', 'stalin>opposed>trotsky@1923', 'zinoviev>allied-with>stalin@1923']);
    expect(v.began[0]).toMatchObject({ dates: 'Dec 1934', certainty: 'suspected', evidence: [{ slide: 3, slideTitle: 'The purges' }] });
    expect(v.began[0]!.full).toBe('Joseph Stalin killed Sergei Kirov, Dec 1934 (suspected)');
  });

  it('emphasises began, ended, both or nothing', () => {
    const v = compareView(graph, notes, 1924, 1936);
    expect(compareEmphasis(graph, v, 'none')).toBeNull();
    expect(compareEmphasis(graph, v, 'began')!.edges.size).toBe(3);
    expect(compareEmphasis(graph, v, 'ended')!.edges.size).toBe(3);
    const both = compareEmphasis(graph, v, 'both')!;
    expect(both.edges.size).toBe(6);
    expect(both.nodes.has('kirov')).toBe(true);
  });
});

describe('compareView on the real graph', () => {
  const graph = runPipeline(realData()).graph!;
  const notes = indexNotes(null, graph.getAttribute('slideTitles'));

  it('sees the United Opposition form between 1924 and 1929, and the triumvirate end', () => {
    const v = compareView(graph, notes, 1924, 1929);
    expect(v.began.map((c) => c.sentence)).toContain('Leon Trotsky allied with Grigory Zinoviev');
    expect(v.ended.map((c) => c.sentence)).toContain('Joseph Stalin allied with Grigory Zinoviev');
    for (const c of [...v.began, ...v.ended]) expect(c.evidence.length).toBeGreaterThan(0);
  });
});

describe('narrowing the comparison to one entity', () => {
  const graph = runPipeline(realData()).graph!;
  const notes = indexNotes(null, graph.getAttribute('slideTitles'));
  const all = compareView(graph, notes, 1925, 1936);

  it('1925 → 1936 with Stalin lists only relations with Stalin at one end; clearing restores all', () => {
    const stalin = narrowCompare(all, 'stalin');
    expect(stalin.entity).toBe('stalin');
    expect(stalin.began.length + stalin.ended.length).toBeGreaterThan(0);
    expect(stalin.began.length + stalin.ended.length).toBeLessThan(all.began.length + all.ended.length);
    for (const c of [...stalin.began, ...stalin.ended]) expect([c.source, c.target]).toContain('stalin');
    // Nothing of Stalin's is lost: every change with Stalin in the whole comparison is in the narrowed one.
    expect(stalin.began.map((c) => c.edge)).toEqual(all.began.filter((c) => c.source === 'stalin' || c.target === 'stalin').map((c) => c.edge));
    expect([stalin.allBegan, stalin.allEnded]).toEqual([all.began.length, all.ended.length]);
    const cleared = narrowCompare(stalin, null);
    expect(cleared.entity).toBeNull();
    expect(narrowCompare(all, null)).toBe(all);
  });

  it('offers every entity a change involves, by label, with its count', () => {
    const ids = all.involved.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stalin = all.involved.find((e) => e.id === 'stalin')!;
    const narrowed = narrowCompare(all, 'stalin');
    expect(stalin.changes).toBe(narrowed.began.length + narrowed.ended.length);
    const labels = all.involved.map((e) => e.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    for (const c of [...all.began, ...all.ended]) expect(ids).toEqual(expect.arrayContaining([c.source, c.target]));
  });
});

