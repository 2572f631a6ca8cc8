import { describe, expect, it } from 'vitest';
import { findBetrayals } from './betrayals';
import { makeGraph, oddData, powerStruggle, type E } from './fixtures';

const people: E[] = [
  ['a', 'A', 'person'],
  ['b', 'B', 'person'],
];

describe('findBetrayals on the power struggle', () => {
  const found = findBetrayals(powerStruggle());
  const pairs = found.map((b) => `${b.betrayer}>${b.betrayed}@${b.year}`);

  it('finds each pair once per break, in chronological order', () => {
    expect(pairs).toEqual(['lenin>stalin@1922', 'zinoviev>stalin@1925', 'stalin>kamenev@1936', 'stalin>bukharin@1938']);
  });

  it('finds Stalin allied with Kamenev 1923–1925, then purging him in 1936', () => {
    const b = found.find((x) => x.betrayed === 'kamenev')!;
    expect(b.alliance).toMatchObject({ edge: 'k-stalin-ally-kamenev', type: 'allied-with', start: '1923', end: '1925' });
    expect(b.act).toMatchObject({ edge: 'k-stalin-purge-kamenev', type: 'purged', start: '1936', certainty: 'stated', dateSource: 'notes' });
    expect(b.act.evidence.map((e) => e.slide)).toEqual([60, 61]);
  });

  it("finds Lenin's support for Stalin, then the Testament's opposition", () => {
    expect(found[0]).toMatchObject({ betrayer: 'lenin', betrayed: 'stalin', alliance: { type: 'supported' }, act: { type: 'opposed', start: '1922-12' } });
  });

  it('lets the supported party betray the supporter (Stalin purging Bukharin)', () => {
    expect(found.find((x) => x.betrayed === 'bukharin')?.alliance.edge).toBe('k-bukharin-sup-stalin');
  });

  it('does not count ending a policy one had supported: a policy is not an ally', () => {
    expect(found.some((x) => x.betrayed === 'nep')).toBe(false);
  });

  it('keeps the earliest act of a break and lists the other side\'s acts as responses, not as a second betrayal', () => {
    const z = found.filter((x) => [x.betrayer, x.betrayed].includes('zinoviev') && [x.betrayer, x.betrayed].includes('stalin'));
    expect(z).toHaveLength(1);
    expect(z[0]!.act.edge).toBe('k-zinoviev-opp-stalin');
    expect(z[0]!.responses.map((r) => r.edge)).toEqual(['k-stalin-purge-zinoviev-27', 'k-stalin-purge-zinoviev-36']);
  });

  it('does not count hostility that came before the alliance (Zinoviev opposing Trotsky before 1926)', () => {
    expect(pairs.some((p) => p.includes('trotsky'))).toBe(false);
  });
});

describe('findBetrayals rules', () => {
  it('counts an act in the alliance’s start year at common precision, not one before it', () => {
    const sameYear = makeGraph(people, [['al', 'a', 'allied-with', 'b', '1923-05'], ['op', 'b', 'opposed', 'a', '1923']]);
    expect(findBetrayals(sameYear).map((b) => b.betrayer)).toEqual(['b']);
    const before = makeGraph(people, [['al', 'a', 'allied-with', 'b', '1923-05'], ['op', 'b', 'opposed', 'a', '1923-04']]);
    expect(findBetrayals(before)).toEqual([]);
  });

  it('credits each act to the latest alliance before it: one betrayal per alliance episode', () => {
    const g = makeGraph(people, [
      ['al1', 'a', 'allied-with', 'b', '1917', '1918'],
      ['al2', 'b', 'supported', 'a', '1917-06'],
      ['op1', 'a', 'opposed', 'b', '1920'],
      ['al3', 'a', 'allied-with', 'b', '1925'],
      ['pu', 'a', 'purged', 'b', '1930'],
    ]);
    const found = findBetrayals(g);
    expect(found.map((b) => [b.alliance.edge, b.act.edge])).toEqual([
      ['al2', 'op1'],
      ['al3', 'pu'],
    ]);
  });

  it('ignores neutral acts, undated relations and self-loops, and ended against a faction', () => {
    const g = makeGraph(
      [...people, ['f', 'F', 'faction']],
      [
        ['al', 'a', 'allied-with', 'b', '1920'],
        ['rep', 'a', 'replaced', 'b', '1921'],
        ['op', 'a', 'opposed', 'b'],
        ['self-al', 'a', 'allied-with', 'a', '1920'],
        ['self-pu', 'a', 'purged', 'a', '1921'],
        ['sup', 'a', 'supported', 'f', '1920'],
        ['end', 'a', 'ended', 'f', '1921'],
      ],
    );
    expect(findBetrayals(g)).toEqual([]);
  });

  it('lists later acts of the betrayer in the same break', () => {
    const g = makeGraph(people, [['al', 'a', 'allied-with', 'b', '1920'], ['op', 'a', 'opposed', 'b', '1921'], ['pu', 'a', 'purged', 'b', '1930']]);
    expect(findBetrayals(g).map((b) => [b.act.edge, b.laterActs.map((r) => r.edge)])).toEqual([['op', ['pu']]]);
  });

  it('names as betrayer the side that acted when both acted the same year: the heavier acts win', () => {
    const g = makeGraph(people, [
      ['al', 'a', 'allied-with', 'b', '1925', '1928'],
      ['b-op', 'b', 'opposed', 'a', '1928', '1929'],
      ['a-op', 'a', 'opposed', 'b', '1928'],
      ['a-pu', 'a', 'purged', 'b', '1938'],
    ]);
    const found = findBetrayals(g);
    expect(found.map((b) => `${b.betrayer}>${b.betrayed}`)).toEqual(['a>b']);
    expect(found[0]!.responses.map((r) => r.edge)).toEqual(['b-op']);
  });

  it('carries a suspected or disputed half as the betrayal\'s certainty', () => {
    const g = makeGraph(people, [['al', 'a', 'allied-with', 'b', '1926'], ['k', 'a', 'killed', 'b', '1934', undefined, { certainty: 'suspected' }]]);
    expect(findBetrayals(g)[0]!.certainty).toBe('suspected');
    const sure = makeGraph(people, [['al', 'a', 'allied-with', 'b', '1926'], ['k', 'a', 'killed', 'b', '1934']]);
    expect(findBetrayals(sure)[0]!.certainty).toBe('stated');
  });

  it('needs an ally: supporting an institution and then dissolving or opposing it is no betrayal', () => {
    const g = makeGraph([['l', 'Lenin', 'person'], ['ca', 'Constituent Assembly', 'institution']], [
      ['s', 'l', 'supported', 'ca', '1917', '1917-10'],
      ['o', 'l', 'opposed', 'ca', '1917-10', '1918-01'],
    ]);
    expect(findBetrayals(g)).toEqual([]);
  });

  it('copes with odd data', () => {
    expect(findBetrayals(oddData()).map((b) => [b.betrayer, b.act.edge, b.act.evidence])).toEqual([['c', 'no-evidence', []]]);
    expect(findBetrayals(makeGraph([], []))).toEqual([]);
  });
});
