import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { indexNotes } from '../shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';
import { findTracingItem, tracing, tracingEmphasis, tracingIds } from './tracing';

describe('tracing on the fixture', () => {
  const graph = fixtureGraph();
  const notes = indexNotes(fixtureNotes());
  const t = tracing(graph, notes);

  it('lists each betrayal with a stable id (its act’s key), a title, the year of the break, and the quotes of both halves', () => {
    expect(t.betrayals.map((b) => b.id)).toEqual(['stalin>purged>kamenev@1936', 'stalin>purged>zinoviev@1936']);
    const z = findTracingItem(t, 'stalin>purged>zinoviev@1936')!;
    expect(z).toMatchObject({ kind: 'betrayal', year: 1936, title: 'Joseph Stalin turned on Grigory Zinoviev', parties: ['stalin', 'zinoviev'] });
    expect(z.steps.map((s) => [s.role, s.relation.sentence, s.relation.dates])).toEqual([
      ['Alliance', 'Grigory Zinoviev allied with Joseph Stalin', '1923–1925'],
      ['Then', 'Joseph Stalin purged Grigory Zinoviev', '1936'],
    ]);
    expect(z.steps[0]!.relation).toMatchObject({ outsideNotes: true, tone: 'friendly', slides: [2] });
    expect(z.steps[0]!.relation.evidence).toEqual([{ slide: 2, slideTitle: 'The power struggle', quote: 'Kamanev and Zinoviev joined Stalin in an unofficial triumvirate' }]);
    expect(z.steps[1]!.relation.evidence[0]).toMatchObject({ slide: 3, slideTitle: 'The purges' });
  });

  it('emphasises the pair and both relations', () => {
    const e = tracingEmphasis(graph, findTracingItem(t, 'stalin>purged>zinoviev@1936')!);
    expect([...e.nodes].sort()).toEqual(['stalin', 'zinoviev']);
    expect([...e.edges].sort()).toEqual(['stalin>purged>zinoviev@1936', 'zinoviev>allied-with>stalin@1923']);
  });

  it('is computed once per graph and notes, and finds nothing for an unknown id', () => {
    expect(tracing(graph, notes)).toBe(t);
    expect(findTracingItem(t, 'nope')).toBeNull();
    expect(findTracingItem(t, null)).toBeNull();
    expect([...tracingIds(graph)].sort()).toEqual(['stalin>purged>kamenev@1936', 'stalin>purged>zinoviev@1936']);
  });
});

describe('tracing on the real graph', () => {
  const graph = runPipeline(realData()).graph!;
  const notes = indexNotes(null, graph.getAttribute('slideTitles'));
  const t = tracing(graph, notes);

  it('finds Stalin turning on Zinoviev in 1925, after the triumvirate', () => {
    const z = findTracingItem(t, 'stalin>opposed>zinoviev@1925')!;
    expect(z.title).toBe('Joseph Stalin turned on Grigory Zinoviev');
    expect(z.year).toBe(1925);
    expect(z.steps[0]!.relation.edge).toBe('stalin>allied-with>zinoviev@1924');
    expect(z.steps[0]!.relation.evidence.map((q) => q.slide)).toEqual([33, 33, 59]);
    expect(z.steps[0]!.relation.evidence[0]!.slideTitle).not.toBe('');
    expect(z.later.map((r) => r.sentence)).toEqual(['Joseph Stalin purged Grigory Zinoviev', 'Joseph Stalin purged Grigory Zinoviev']);
  });

  it('lists the side switches with unique ids, the joined-enemy ones naming all three parties', () => {
    const ids = t.switches.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('allies:trotsky>allied-with>zinoviev@1926');
    const kamenev = findTracingItem(t, 'left:kamenev>stalin>trotsky')!;
    expect(kamenev.title).toBe('Lev Kamenev left Joseph Stalin for Leon Trotsky, Joseph Stalin’s enemy');
    expect(kamenev.steps.map((s) => s.role)).toEqual(['Before', 'Then', 'Enmity']);
    expect([...tracingEmphasis(graph, kamenev).nodes].sort()).toEqual(['kamenev', 'stalin', 'trotsky']);
  });

  it('gives every item an id distinct from every other (betrayals and switches together)', () => {
    const all = [...t.betrayals, ...t.switches].map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    expect(tracingIds(graph)).toEqual(new Set(all));
  });
});
