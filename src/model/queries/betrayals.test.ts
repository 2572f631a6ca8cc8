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

  it('finds each betrayal once, in chronological order', () => {
    expect(pairs).toEqual(['lenin>stalin@1922', 'zinoviev>stalin@1925', 'stalin>zinoviev@1927', 'stalin>nep@1928', 'stalin>kamenev@1936', 'stalin>bukharin@1938']);
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

  it('counts ending a supported policy, keeping the act’s date source', () => {
    expect(found.find((x) => x.betrayed === 'nep')?.act).toMatchObject({ type: 'ended', dateSource: 'outside-notes' });
  });

  it('keeps the earliest act of an episode and lists the later ones', () => {
    const z = found.find((x) => x.betrayer === 'stalin' && x.betrayed === 'zinoviev')!;
    expect(z.act.edge).toBe('k-stalin-purge-zinoviev-27');
    expect(z.laterActs.map((r) => r.edge)).toEqual(['k-stalin-purge-zinoviev-36']);
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

  it('copes with odd data', () => {
    expect(findBetrayals(oddData()).map((b) => [b.betrayer, b.act.edge, b.act.evidence])).toEqual([['c', 'no-evidence', []]]);
    expect(findBetrayals(makeGraph([], []))).toEqual([]);
  });
});
