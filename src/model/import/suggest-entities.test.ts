import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../notes';
import { readMarkdown } from './read-text';
import { notesOf } from './suggest';
import { suggestEntities } from './suggest-entities';

const italy = () => notesOf(readMarkdown(readFileSync(join(import.meta.dirname, 'fixtures', 'italy-1919-43.md'), 'utf8')));
const notes = (...bullets: string[]) => parseNotes(`Test notes\n${bullets.map((b) => `  • ${b}`).join('\n')}\n1 of 1\n`);
const byLabel = (list: ReturnType<typeof suggestEntities>, label: string) => list.find((e) => e.label === label);

describe('suggested entities: names from the text', () => {
  it('finds capitalised names, acronyms and names after a title, each with its mentions and the years near them', () => {
    const s = suggestEntities(italy());
    const m = byLabel(s, 'Benito Mussolini')!;
    expect(m).toBeDefined();
    expect(m.count).toBe(11);
    expect(m.mentions.every((x) => x.ranges.length > 0)).toBe(true);
    expect(m.years.map((y) => y.year)).toEqual([1919, 1921, 1922, 1926, 1929, 1936, 1937, 1939, 1943]);
    expect(byLabel(s, 'OVRA')).toMatchObject({ sources: expect.arrayContaining(['acronym']) });
    expect(byLabel(s, 'Badoglio')).toMatchObject({ kind: 'person', kindCue: 'the title "Marshal" before it', sources: expect.arrayContaining(['title']) });
    expect(byLabel(s, 'Pius XI')).toMatchObject({ kind: 'person', kindCue: 'the title "Pope" before it' });
    expect(s.map((e) => e.label)).not.toContain('In');
    expect(s.map((e) => e.label)).not.toContain('July');
  });

  it('merges variants and records each merge with its reason: a shorter form, a misspelling one letter off, a plural, a defined acronym', () => {
    const m = byLabel(suggestEntities(italy()), 'Benito Mussolini')!;
    expect(m.aliases).toEqual(expect.arrayContaining(['Mussolini', 'Musolini']));
    expect(m.merges).toEqual(expect.arrayContaining([{ name: 'Mussolini', reason: 'shorter form', count: 10 }, { name: 'Musolini', reason: 'one letter off', count: 1 }]));
    const s = suggestEntities(notes('The Mensheviks split from Lenin in 1903', 'A Menshevik leader, Martov, left Russia', 'The New Economic Policy (NEP) replaced War Communism', 'NEP was popular with the Nepmen'));
    expect(byLabel(s, 'Mensheviks')!.merges).toEqual([{ name: 'Menshevik', reason: 'plural', count: 1 }]);
    expect(byLabel(s, 'New Economic Policy')).toMatchObject({ aliases: ['NEP'], merges: [{ name: 'NEP', reason: 'acronym', count: 2 }] });
  });

  it('does not merge words that differ at their ends ("Russia" / "Russian") or a surname shared by two people', () => {
    const s = suggestEntities(notes('Russia was at war; the Russian army fled', 'Russia again', 'Leon Trotsky met Lev Trotsky', 'Then Trotsky spoke'));
    expect(byLabel(s, 'Russia')!.aliases).not.toContain('Russian');
    expect(s.find((e) => e.label === 'Trotsky')).toBeDefined();
  });

  it('guesses a kind from cues and states the cue', () => {
    const s = suggestEntities(italy());
    expect(byLabel(s, 'National Fascist Party')).toMatchObject({ kind: 'institution', kindCue: '"Party"' });
    expect(byLabel(s, 'Grand Council of Fascism')).toMatchObject({ kind: 'institution', kindCue: '"Council"' });
    expect(byLabel(s, 'Acerbo Law')).toMatchObject({ kind: 'policy', kindCue: '"Law"' });
    expect(byLabel(s, 'Pact of Steel')).toMatchObject({ kind: 'event', kindCue: 'starts with "Pact"' });
    expect(byLabel(s, 'Giacomo Matteotti')).toMatchObject({ kind: 'person', kindCue: 'the first name "Giacomo"' });
    const b = suggestEntities(notes('The Battle of Caporetto was a defeat in 1917', 'Communism spread'));
    expect(byLabel(b, 'Battle of Caporetto')).toMatchObject({ kind: 'event', kindCue: 'starts with "Battle"' });
  });

  it('drops ordinary words capitalised only at a sentence start, keeps a name seen there', () => {
    const s = suggestEntities(notes('Reality was different for Stalin', 'Stalin won', 'Managed to win', 'Hitler rose in 1933'));
    const labels = s.map((e) => e.label);
    expect(labels).toContain('Stalin');
    expect(labels).not.toContain('Reality');
    expect(labels).not.toContain('Managed');
  });

  it('finds recurring lower-case terms: -isation words and social groups', () => {
    const s = suggestEntities(notes('collectivisation hit the kulaks', 'the kulaks resisted collectivisation', 'kulaks were deported', 'collectivisation went on'));
    expect(byLabel(s, 'Collectivisation')).toMatchObject({ kind: 'policy', sources: ['term'], count: 3 });
    expect(byLabel(s, 'Kulaks')).toMatchObject({ kind: 'group', sources: ['term'], count: 3 });
  });

  it('names of a known dataset are found and merged into, with their kind', () => {
    const s = suggestEntities(notes('the Duce spoke in Rome', 'Mussolini again'), { known: [{ label: 'Benito Mussolini', aliases: ['Mussolini', 'Duce'], kind: 'person' }] });
    const m = byLabel(s, 'Benito Mussolini')!;
    expect(m).toMatchObject({ kind: 'person', kindCue: 'the known dataset', count: 2 });
    expect(m.sources).toContain('known');
  });

  it('an undone merge keeps the two names apart', () => {
    const s = suggestEntities(italy(), { keepApart: [['Benito Mussolini', 'Musolini']] });
    expect(byLabel(s, 'Benito Mussolini')!.aliases).not.toContain('Musolini');
    expect(byLabel(s, 'Musolini')).toBeDefined();
  });
});
