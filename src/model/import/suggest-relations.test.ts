import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../node/test-support';
import { readMarkdown } from './read-text';
import { relationTypesFromYaml } from './relation-types';
import { suggestImport } from './suggest';

const relationTypes = relationTypesFromYaml(readFileSync(join(DATA_DIR, 'relation-types.yaml'), 'utf8'));
const run = (md: string) => suggestImport(readMarkdown(md), { relationTypes });
const italy = () => run(readFileSync(join(import.meta.dirname, 'fixtures', 'italy-1919-43.md'), 'utf8'));
const find = (s: ReturnType<typeof run>, source: string, type: string, target: string) => s.relations.find((r) => r.source === source && r.type === type && r.target === target);

describe('suggested relations: cue words between two names', () => {
  it('a cue from a type\'s label gives that type, the name before it as source, the sentence as the verbatim quote, its slide and year', () => {
    const s = italy();
    const r = find(s, 'badoglio', 'replaced', 'benito-mussolini')!;
    expect(r).toMatchObject({ cue: 'replaced', cueFrom: 'label', slide: 3, year: 1943, quote: 'Marshal Badoglio replaced Mussolini in 1943', certainty: 'stated', kindsFit: true, passive: false });
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
    expect(find(s, 'benito-mussolini', 'allied-with', 'hitler')).toMatchObject({ year: 1936, cue: 'allied with' });
  });

  it('a passive sentence ("was murdered by") turns the direction round; the description\'s verbs are cues', () => {
    const r = find(italy(), 'fascist', 'killed', 'giacomo-matteotti')!;
    expect(r).toMatchObject({ passive: true, cue: 'murdered', cueFrom: 'description', year: 1924 });
    expect(r.quote).toBe('The socialist deputy Giacomo Matteotti was murdered by Fascist squads in 1924');
  });

  it('"signed … with" and "joined" are cues; a hedge makes the relation suspected', () => {
    const s = italy();
    expect(find(s, 'benito-mussolini', 'allied-with', 'pius-xi')).toMatchObject({ cue: 'signed the Lateran Pacts with', year: 1929 });
    expect(find(s, 'benito-mussolini', 'killed', 'rosselli')).toMatchObject({ certainty: 'suspected', quote: 'Mussolini may have ordered the killing of the Rosselli brothers in 1937' });
    const j = run('# Power\n- Kamenev and Zinoviev joined Stalin against Trotsky in 1923\n- Kamenev spoke\n- Zinoviev spoke\n- Stalin spoke\n- Trotsky spoke');
    expect(find(j, 'kamenev', 'allied-with', 'stalin')).toMatchObject({ cue: 'joined', year: 1923 });
    expect(find(j, 'zinoviev', 'allied-with', 'stalin')).toBeDefined();
    expect(find(j, 'stalin', 'opposed', 'trotsky')).toMatchObject({ cue: 'against' });
  });

  it('two names with no cue between them are only a weak co-occurrence hint, never a typed relation', () => {
    const s = run('# One\n- In 1921 the Fasci became the National Fascist Party\n- Fasci again at Fasci');
    expect(s.relations).toEqual([]);
    expect(s.hints).toEqual([expect.objectContaining({ a: 'fasci', b: 'national-fascist-party', confidence: 0.15, quote: 'In 1921 the Fasci became the National Fascist Party' })]);
  });

  it('marks a type whose kinds do not fit, and ranks it lower', () => {
    const r = find(italy(), 'victor-emmanuel-iii', 'appointed', 'march-on-rome');
    expect(r).toMatchObject({ kindsFit: false });
    expect(r!.confidence).toBeLessThan(0.5);
  });

  it('every quote is verbatim on its slide', () => {
    const s = italy();
    for (const r of s.relations) expect(s.notes.slides.find((x) => x.number === r.slide)!.text).toContain(r.quote);
  });
});
