import { describe, expect, it } from 'vitest';
import { entityDetails, inForceIn, relationDetails } from './details';
import { highlightSegments, indexNotes, slideCitation } from '../shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../shared/test-fixture';

const graph = fixtureGraph();
const notes = indexNotes(fixtureNotes());

describe('entityDetails', () => {
  const z = entityDetails(graph, notes, 'zinoviev')!;

  it('gives heading facts', () => {
    expect(z).toMatchObject({ label: 'Grigory Zinoviev', kind: 'person', dates: '1883–1936', datesOutsideNotes: true, summary: 'Grigory Zinoviev, a Bolshevik.' });
  });

  it('reads relations from the entity’s side, chronologically, with caveats and quotes', () => {
    expect(z.relations.map((r) => `${r.dates}: ${r.verb} ${r.otherLabel}`)).toEqual(['1923–1925: allied with Joseph Stalin', '1936: was purged by Joseph Stalin']);
    expect(z.relations[0]).toMatchObject({ outsideNotes: true, tone: 'friendly', evidence: [{ slide: 2, slideTitle: 'The power struggle', quote: 'Kamanev and Zinoviev joined Stalin in an unofficial triumvirate' }] });
    const kirov = entityDetails(graph, notes, 'kirov')!;
    expect(kirov.relations[0]).toMatchObject({ verb: 'was killed by', certainty: 'suspected', dates: 'Dec 1934' });
  });

  it('lists every bullet naming the entity, with the name marked', () => {
    expect(z.excerpts.map((e) => [e.slide, e.slideTitle])).toEqual([
      [2, 'The power struggle'],
      [3, 'The purges'],
    ]);
    const text = z.excerpts[0]!.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
    expect(text).toBe('Kamanev and [Zinoviev] joined Stalin in an unofficial triumvirate within the Politburo');
  });

  it('is null for an unknown id', () => {
    expect(entityDetails(graph, notes, 'nobody')).toBeNull();
  });
});

describe('relationDetails', () => {
  it('gives both ends, type, dates, certainty, note and quotes', () => {
    expect(relationDetails(graph, notes, 'zinoviev>allied-with>stalin@1923')).toMatchObject({
      typeLabel: 'allied with',
      sourceLabel: 'Grigory Zinoviev',
      targetLabel: 'Joseph Stalin',
      dates: '1923–1925',
      outsideNotes: true,
      certainty: 'stated',
      note: 'The triumvirate.',
      evidence: [{ slide: 2, slideTitle: 'The power struggle' }],
    });
    expect(relationDetails(graph, notes, 'nope')).toBeNull();
  });

  it('knows when a relation is in force', () => {
    expect(inForceIn(graph, 'zinoviev>allied-with>stalin@1923', 1925)).toBe(true);
    expect(inForceIn(graph, 'zinoviev>allied-with>stalin@1923', 1936)).toBe(false);
    expect(inForceIn(graph, 'zinoviev>allied-with>stalin@1923', null)).toBe(true);
  });
});

describe('highlightSegments', () => {
  it('splits at ranges, clipping bad ones', () => {
    expect(highlightSegments('abcdef', [[1, 3]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'def', mark: false },
    ]);
    expect(highlightSegments('abc', [[2, 99], [1, 2], [-5, 0]])).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: true },
      { text: 'c', mark: true },
    ]);
    expect(highlightSegments('', [])).toEqual([{ text: '', mark: false }]);
  });

  it('cites a slide', () => {
    expect(slideCitation(33, 'The power struggle')).toBe('Slide 33 · The power struggle');
    expect(slideCitation(2, '')).toBe('Slide 2');
  });
});
