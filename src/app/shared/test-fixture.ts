/** A small hand-made dataset for the app's unit and element tests, built by the real model code (notes → mentions → graph). */
import { buildGraph } from '../../model/build-graph';
import { parseNotes } from '../../model/notes';
import type { AllegianceGraph, Dataset, EntityKind, RelationTypeDef } from '../../model/types';
import type { NotesSlice } from './notes-index';

export const FIXTURE_NOTES_TEXT = `Fixture notes on the power struggle
  • Lenin introduced the NEP in 1921
1 of 3
The power struggle
  • Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo
  • Trotsky was isolated
2 of 3
The purges
  • Zinoviev and Kamenev were tried and shot in 1936
  • Stalin had Kirov killed, some suspect
  • The harvest failed
3 of 3
`;

const ANY: EntityKind[] = ['person', 'faction', 'policy', 'institution', 'event', 'idea', 'group'];
const type = (id: string, label: string, inverseLabel: string, tone: RelationTypeDef['tone'], symmetric = false): RelationTypeDef => ({
  id,
  label,
  inverseLabel,
  tone,
  symmetric,
  sourceKinds: ANY,
  targetKinds: ANY,
});

const from = { file: 'fixture.yaml', line: 1 };

/** Lenin, Stalin, Trotsky, Kamenev, Zinoviev, Kirov, NEP and the Politburo, with a handful of dated relations. */
export function fixtureDataset(): Dataset {
  const notes = parseNotes(FIXTURE_NOTES_TEXT);
  const person = (id: string, label: string, aliases: string[], start: string, end: string) => ({
    id, label, kind: 'person' as const, aliases, start, end, dateSource: 'outside-notes' as const, summary: `${label}, a Bolshevik.`, from,
  });
  return {
    notes,
    relationTypes: [
      type('allied-with', 'allied with', 'allied with', 'friendly', true),
      type('supported', 'supported', 'was supported by', 'friendly'),
      type('opposed', 'opposed', 'was opposed by', 'hostile'),
      type('purged', 'purged', 'was purged by', 'hostile'),
      type('killed', 'killed', 'was killed by', 'hostile'),
      type('introduced', 'introduced', 'was introduced by', 'neutral'),
      type('member-of', 'member of', 'had as member', 'neutral'),
    ],
    entities: [
      person('lenin', 'Vladimir Lenin', ['Lenin'], '1870', '1924-01-21'),
      person('stalin', 'Joseph Stalin', ['Stalin', 'Koba'], '1878', '1953'),
      person('trotsky', 'Leon Trotsky', ['Trotsky'], '1879', '1940'),
      person('kamenev', 'Lev Kamenev', ['Kamenev', 'Kamanev'], '1883', '1936'),
      person('zinoviev', 'Grigory Zinoviev', ['Zinoviev'], '1883', '1936'),
      person('kirov', 'Sergei Kirov', ['Kirov'], '1886', '1934'),
      { id: 'nep', label: 'New Economic Policy', kind: 'policy', aliases: ['NEP'], start: '1921', end: '1928', dateSource: 'notes', from },
      { id: 'politburo', label: 'Politburo', kind: 'institution', aliases: [], dateSource: 'notes', from },
      { id: 'purges', label: "Stalin's purges", kind: 'event', aliases: ['the Terror'], dateSource: 'notes', from },
    ],
    relations: [
      { source: 'lenin', type: 'introduced', target: 'nep', start: '1921', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 1, quote: 'Lenin introduced the NEP' }], from },
      { source: 'zinoviev', type: 'allied-with', target: 'stalin', start: '1923', end: '1925', certainty: 'stated', dateSource: 'outside-notes', evidence: [{ slide: 2, quote: 'Kamanev and Zinoviev joined Stalin in an unofficial triumvirate' }], note: 'The triumvirate.', from },
      { source: 'kamenev', type: 'allied-with', target: 'stalin', start: '1923', end: '1925', certainty: 'stated', dateSource: 'outside-notes', evidence: [{ slide: 2, quote: 'Kamanev and Zinoviev joined Stalin' }], from },
      { source: 'stalin', type: 'opposed', target: 'trotsky', start: '1923', end: '1927', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 2, quote: 'Trotsky was isolated' }], from },
      { source: 'stalin', type: 'purged', target: 'zinoviev', start: '1936', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 3, quote: 'Zinoviev and Kamenev were tried and shot in 1936' }], from },
      { source: 'stalin', type: 'purged', target: 'kamenev', start: '1936', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 3, quote: 'Zinoviev and Kamenev were tried and shot in 1936' }], from },
      { source: 'stalin', type: 'killed', target: 'kirov', start: '1934-12', certainty: 'suspected', dateSource: 'notes', evidence: [{ slide: 3, quote: 'Stalin had Kirov killed, some suspect' }], from },
      { source: 'stalin', type: 'member-of', target: 'politburo', start: '1917', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 2, quote: 'within the Politburo' }], from },
    ],
  };
}

/** The fixture graph. */
export function fixtureGraph(): AllegianceGraph {
  return buildGraph(fixtureDataset());
}

/** The fixture notes as the browser receives them. */
export function fixtureNotes(): NotesSlice {
  const notes = parseNotes(FIXTURE_NOTES_TEXT);
  return { title: notes.title, slides: notes.slides.map((s) => ({ number: s.number, title: s.title, bullets: s.bullets.map((b) => ({ id: b.id, text: b.text })) })) };
}
