import { describe, expect, it } from 'vitest';
import { makeGraph, oddData, powerStruggle } from './fixtures';
import { entityTimeline, swimlanes, timelineText } from './timeline';

describe('entityTimeline', () => {
  const g = powerStruggle();

  it("tells Kamenev's story in order, from his side", () => {
    expect(entityTimeline(g, 'kamenev').map((e) => e.sentence)).toEqual([
      '1923–1925: opposed Leon Trotsky (slide 34)',
      '1923–1925: allied with Joseph Stalin (slide 33)',
      '1926–1927: allied with Leon Trotsky (slide 36)',
      '1936: was purged by Joseph Stalin (slides 60, 61)',
    ]);
  });

  it('gives each entry its plain fields', () => {
    const last = entityTimeline(g, 'kamenev').at(-1)!;
    expect(last).toMatchObject({ date: '1936', edge: 'k-stalin-purge-kamenev', other: 'stalin', type: 'purged', phrase: 'was purged by Joseph Stalin', slides: [60, 61], tone: 'hostile', certainty: 'stated', dateSource: 'notes' });
    expect(last.endDate).toBeUndefined();
  });

  it('marks dates outside the notes and suspected relations', () => {
    const lines = entityTimeline(g, 'stalin').map((e) => e.sentence);
    expect(lines).toContain('1928 (date not in the notes): ended New Economic Policy (slide 40)');
    expect(lines).toContain('Dec 1934: killed Sergei Kirov (suspected) (slide 58)');
  });

  it('puts undated relations last and lists a self-loop once', () => {
    const entries = entityTimeline(oddData(), 'a');
    expect(entries.slice(-2).map((e) => e.sentence)).toEqual(['undated: allied with Gamma (slide 1)', 'undated: opposed Gamma (slide 1)']);
    expect(entries.filter((e) => e.edge === 'self')).toHaveLength(1);
    expect(entries.find((e) => e.edge === 'no-evidence')?.sentence).toBe('1922: was opposed by Gamma');
  });

  it('is empty for an unknown entity', () => {
    expect(entityTimeline(g, 'nobody')).toEqual([]);
  });
});

describe('timelineText', () => {
  it('is a heading and one line per relation, quotes on request', () => {
    const g = powerStruggle();
    expect(timelineText(g, 'kirov')).toBe('Timeline of Sergei Kirov (person)\n=================================\n- Dec 1934: was killed by Joseph Stalin (suspected) (slide 58)');
    expect(timelineText(g, 'kirov', { withQuotes: true })).toContain('\n    slide 58: "quote on slide 58"');
    expect(timelineText(g, 'nobody')).toContain('No such entity.');
    const noted = makeGraph([['a', 'A', 'person'], ['b', 'B', 'person']], [['r', 'a', 'opposed', 'b', '1934', undefined, { note: 'Feared him, no more.', certainty: 'suspected' }]]);
    expect(timelineText(noted, 'a', { withQuotes: true })).toContain('- 1934: opposed B (suspected) (slide 1)\n    slide 1: "a opposed b"\n    note: Feared him, no more.');
    expect(timelineText(noted, 'a')).not.toContain('note:');
    expect(timelineText(makeGraph([['x', 'X', 'idea']], []), 'x')).toContain('No relations recorded.');
  });
});

describe('swimlanes', () => {
  const g = powerStruggle();

  it('makes one lane per other entity, ordered by first relation', () => {
    const { lanes } = swimlanes(g, 'kamenev');
    expect(lanes.map((l) => [l.other, l.label, l.items.length])).toEqual([
      ['trotsky', 'Leon Trotsky', 2],
      ['stalin', 'Joseph Stalin', 2],
    ]);
  });

  it('draws one-off acts as points and lasting relations as bars, open ends clamped', () => {
    const { lanes, fromYear, toYear } = swimlanes(g, 'stalin');
    const item = (edge: string) => lanes.flatMap((l) => l.items).find((i) => i.edge === edge);
    expect(item('k-stalin-purge-kamenev')).toMatchObject({ start: 1936, end: null, oneOff: true, openEnded: false, tone: 'hostile' });
    expect(item('k-stalin-ally-kamenev')).toMatchObject({ start: 1923, end: 1925, oneOff: false, openEnded: false });
    expect(item('k-lenin-sup-stalin')).toMatchObject({ start: 1922, end: 1924, openEnded: true });
    expect(item('k-stalin-member-politburo')).toMatchObject({ start: 1917, end: 1953, openEnded: true });
    expect([fromYear, toYear]).toEqual([1917, 1953]);
  });

  it('runs an endless relation to the end of the period and sets undated ones aside', () => {
    const o = makeGraph(
      [['a', 'A', 'person'], ['b', 'B', 'faction']],
      [['m', 'a', 'member-of', 'b', '1917'], ['p', 'a', 'purged', 'b', '1930'], ['u', 'a', 'opposed', 'b']],
    );
    const s = swimlanes(o, 'a');
    expect(s.lanes[0]!.items.map((i) => [i.edge, i.end])).toEqual([['m', 1930], ['p', null]]);
    expect(s.undated).toEqual(['u']);
    expect(swimlanes(oddData(), 'nobody')).toEqual({ lanes: [], undated: [], fromYear: 1919, toYear: 1930 });
  });
});
