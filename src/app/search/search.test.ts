import { describe, expect, it } from 'vitest';
import { buildEntitySearch } from './search';
import { fixtureGraph } from '../shared/test-fixture';

const search = buildEntitySearch(fixtureGraph());
const ids = (q: string) => search.suggest(q).map((s) => s.id);

describe('entity search', () => {
  it('finds by label, alias and prefix', () => {
    expect(ids('Zinoviev')[0]).toBe('zinoviev');
    expect(ids('NEP')[0]).toBe('nep');
    expect(ids('new econ')[0]).toBe('nep');
    expect(ids('sta')[0]).toBe('stalin');
  });

  it('puts a name typed in full first', () => {
    expect(ids('Stalin')[0]).toBe('stalin');
    expect(ids('Stalin')).toContain('purges');
    expect(ids("Stalin's purges")[0]).toBe('purges');
  });

  it('tolerates misspellings', () => {
    expect(ids('trotksy')[0]).toBe('trotsky');
    expect(ids('Kamanev')[0]).toBe('kamenev');
    expect(ids('kamenv')[0]).toBe('kamenev');
    expect(ids('zinovyev')[0]).toBe('zinoviev');
  });

  it('says which alias matched when the label did not', () => {
    expect(search.suggest('Koba')[0]).toMatchObject({ id: 'stalin', label: 'Joseph Stalin', kind: 'person', via: 'Koba' });
    expect(search.suggest('Stalin')[0]!.via).toBeUndefined();
  });

  it('gives nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('xqzw')).toEqual([]);
  });

  it('limits the suggestions', () => {
    expect(search.suggest('e', 2).length).toBeLessThanOrEqual(2);
  });
});
