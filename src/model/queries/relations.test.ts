import { describe, expect, it } from 'vitest';
import { oddData, powerStruggle } from './fixtures';
import { compareRelations, labelOf, pairKey, relationRef, slidesOf, toneOf } from './relations';

describe('relationRef', () => {
  it('copies an edge as plain data with its tone', () => {
    const r = relationRef(powerStruggle(), 'k-stalin-kill-kirov');
    expect(r).toMatchObject({ edge: 'k-stalin-kill-kirov', source: 'stalin', target: 'kirov', type: 'killed', tone: 'hostile', start: '1934-12', certainty: 'suspected' });
    expect(r.end).toBeUndefined();
  });

  it('drops malformed dates and missing evidence rather than throwing', () => {
    const g = oddData();
    expect(relationRef(g, 'bad-date')).not.toHaveProperty('start');
    expect(relationRef(g, 'no-evidence').evidence).toEqual([]);
    expect(toneOf(g, 'frenemy-of')).toBe('neutral');
  });
});

describe('helpers', () => {
  it('orders relations by start, then end, undated last', () => {
    const g = powerStruggle();
    const keys = ['k-stalin-purge-kamenev', 'k-stalin-opp-trotsky', 'k-stalin-ally-kamenev', 'k-lenin-intro-nep'];
    expect(keys.map((k) => relationRef(g, k)).sort(compareRelations).map((r) => r.edge)).toEqual([
      'k-lenin-intro-nep',
      'k-stalin-ally-kamenev',
      'k-stalin-opp-trotsky',
      'k-stalin-purge-kamenev',
    ]);
    const o = oddData();
    expect(['undated', 'self'].map((k) => relationRef(o, k)).sort(compareRelations)[0]!.edge).toBe('self');
  });

  it('keys pairs with or without order, lists slides uniquely, labels with fallback', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairKey('b', 'a', true)).not.toBe(pairKey('a', 'b', true));
    expect(slidesOf([{ slide: 61, quote: '' }, { slide: 60, quote: '' }, { slide: 61, quote: '' }])).toEqual([60, 61]);
    expect(labelOf(oddData(), 'b')).toBe('b');
    expect(labelOf(oddData(), 'missing')).toBe('missing');
  });
});
