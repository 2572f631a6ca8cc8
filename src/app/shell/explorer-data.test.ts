import { describe, expect, it } from 'vitest';
import { prepareExplorer } from './explorer-data';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';

describe('prepareExplorer', () => {
  const data = prepareExplorer(fixtureGraph(), fixtureNotes());

  it('counts kinds, types and tones for the filters', () => {
    expect(data.kindOptions).toEqual([
      { id: 'person', label: 'Person', count: 6 },
      { id: 'policy', label: 'Policy', count: 1 },
      { id: 'institution', label: 'Institution', count: 1 },
      { id: 'event', label: 'Event', count: 1 },
    ]);
    expect(data.typeOptions.map((t) => [t.id, t.count])).toEqual([
      ['allied-with', 2],
      ['opposed', 1],
      ['purged', 2],
      ['killed', 1],
      ['introduced', 1],
      ['member-of', 1],
    ]);
    expect(data.toneOptions.map((t) => [t.id, t.count])).toEqual([
      ['friendly', 2],
      ['hostile', 4],
      ['neutral', 2],
    ]);
  });

  it('knows the period and the ids a link may name', () => {
    expect(data.period).toEqual({ from: 1917, to: 1936 });
    expect(data.vocab.hasEntity('stalin')).toBe(true);
    expect(data.vocab.hasEntity('nobody')).toBe(false);
    expect(data.vocab.hasEdge('stalin>purged>zinoviev@1936')).toBe(true);
    expect(data.typeOrder[0]).toBe('allied-with');
    expect(data.notes.slideTitle(2)).toBe('The power struggle');
  });
});
