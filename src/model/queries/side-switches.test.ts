import { describe, expect, it } from 'vitest';
import { makeGraph, oddData, powerStruggle, type E } from './fixtures';
import { findSideSwitches, type EnemiesToAllies, type JoinedEnemy } from './side-switches';

const abc: E[] = [
  ['a', 'A', 'person'],
  ['b', 'B', 'person'],
  ['c', 'C', 'person'],
];

describe('findSideSwitches on the power struggle', () => {
  const found = findSideSwitches(powerStruggle());

  it('finds Zinoviev and Kamenev going from opposing Trotsky to the United Opposition', () => {
    const reconciled = found.filter((s): s is EnemiesToAllies => s.kind === 'enemies-to-allies');
    expect(reconciled.map((s) => [s.a, s.b, s.hostile.edge, s.alliance.edge, s.year])).toEqual([
      ['kamenev', 'trotsky', 'k-kamenev-opp-trotsky', 'k-trotsky-ally-kamenev', 1926],
      ['zinoviev', 'trotsky', 'k-zinoviev-opp-trotsky', 'k-zinoviev-ally-trotsky', 1926],
    ]);
  });

  it("finds them leaving Stalin for Stalin's enemy Trotsky, with the enmity that made it a switch", () => {
    const joined = found.filter((s): s is JoinedEnemy => s.kind === 'joined-enemy');
    expect(joined.map((s) => [s.who, s.left, s.joined, s.formerAlliance.edge, s.hostility.edge])).toEqual([
      ['kamenev', 'stalin', 'trotsky', 'k-stalin-ally-kamenev', 'k-stalin-opp-trotsky'],
      ['zinoviev', 'stalin', 'trotsky', 'k-zinoviev-ally-stalin', 'k-stalin-opp-trotsky'],
    ]);
  });

  it('does not call a hostility that began after the new alliance a switch (Bukharin, NEP and Stalin)', () => {
    expect(found.some((s) => s.kind === 'joined-enemy' && s.who === 'bukharin')).toBe(false);
    expect(found).toHaveLength(4);
  });
});

describe('findSideSwitches rules', () => {
  it('needs the alliance strictly after the hostility', () => {
    const g = makeGraph(abc, [['op', 'a', 'opposed', 'b', '1926'], ['al', 'a', 'allied-with', 'b', '1926-03']]);
    expect(findSideSwitches(g)).toEqual([]);
  });

  it('reports one switch per alliance, with the latest hostility since the previous alliance', () => {
    const g = makeGraph(abc, [
      ['op1', 'b', 'purged', 'a', '1920'],
      ['op2', 'a', 'opposed', 'b', '1921'],
      ['al1', 'a', 'allied-with', 'b', '1922'],
      ['al2', 'b', 'supported', 'a', '1922'],
      ['al3', 'a', 'allied-with', 'b', '1930'],
    ]);
    const found = findSideSwitches(g) as EnemiesToAllies[];
    expect(found.map((s) => [s.hostile.edge, s.alliance.edge])).toEqual([['op2', 'al1']]);
  });

  it('counts a one-off hostility between the old and new ally if it came within the switch', () => {
    const base: Parameters<typeof makeGraph>[1] = [
      ['old', 'a', 'allied-with', 'b', '1923', '1925'],
      ['new', 'c', 'allied-with', 'a', '1926', '1927'],
    ];
    expect(findSideSwitches(makeGraph(abc, [...base, ['h', 'b', 'opposed', 'c', '1924']]))).toMatchObject([{ kind: 'joined-enemy', who: 'a', left: 'b', joined: 'c' }]);
    expect(findSideSwitches(makeGraph(abc, [...base, ['h', 'b', 'opposed', 'c', '1910']]))).toEqual([]);
    expect(findSideSwitches(makeGraph(abc, [...base, ['h', 'b', 'opposed', 'c', '1927']]))).toEqual([]);
  });

  it('needs the hostility to hold when the new alliance begins, and the two not to be allied then', () => {
    const base: Parameters<typeof makeGraph>[1] = [
      ['old', 'a', 'allied-with', 'b', '1917'],
      ['new', 'a', 'allied-with', 'c', '1926', '1927'],
    ];
    expect(findSideSwitches(makeGraph(abc, [...base, ['h', 'b', 'opposed', 'c', '1924', '1926']]))).toHaveLength(1);
    expect(findSideSwitches(makeGraph(abc, [...base, ['h', 'b', 'opposed', 'c', '1923', '1924']]))).toEqual([]);
    const reconciled = makeGraph(abc, [...base, ['h', 'b', 'opposed', 'c', '1924', '1926'], ['bc', 'b', 'allied-with', 'c', '1926']]);
    expect(findSideSwitches(reconciled).filter((s) => s.kind === 'joined-enemy')).toEqual([]);
  });

  it('only counts parties as sides, not policies', () => {
    const g = makeGraph(
      [...abc, ['p', 'P', 'policy']],
      [
        ['old', 'a', 'supported', 'p', '1921'],
        ['new', 'a', 'allied-with', 'c', '1926'],
        ['h', 'c', 'opposed', 'p', '1925', '1928'],
      ],
    );
    expect(findSideSwitches(g)).toEqual([]);
  });

  it('does not treat being supported as joining someone', () => {
    const g = makeGraph(abc, [
      ['old', 'a', 'allied-with', 'b', '1923'],
      ['new', 'c', 'supported', 'a', '1926'],
      ['h', 'b', 'opposed', 'c', '1924', '1928'],
    ]);
    expect(findSideSwitches(g)).toEqual([]);
  });

  it('copes with odd data', () => {
    expect(() => findSideSwitches(oddData())).not.toThrow();
    expect(findSideSwitches(makeGraph([], []))).toEqual([]);
  });
});
