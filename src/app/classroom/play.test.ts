import { describe, expect, it } from 'vitest';
import { clampSpeed, decodePlay, DEFAULT_PLAY, encodePlay, pauseYears, playRange, withPlay } from './play';

const PERIOD = { from: 1917, to: 1953 };

describe('shaped play in the URL', () => {
  it('round-trips a range and a speed', () => {
    const play = { from: 1922, to: 1929, secondsPerYear: 1.6, pauseStory: null };
    expect(encodePlay(play)).toEqual([['play', '1922-1929'], ['speed', '1.6']]);
    expect(decodePlay('?play=1922-1929&speed=1.6', PERIOD)).toEqual({ play, notices: [] });
  });

  it('leaves the defaults out, and an open end stays open', () => {
    expect(encodePlay(DEFAULT_PLAY)).toEqual([]);
    expect(decodePlay('?play=1930-', PERIOD).play).toEqual({ from: 1930, to: null, secondsPerYear: 0.8, pauseStory: null });
  });

  it.each([
    ['?play=1900-1929', /outside the notes/],
    ['?play=1929-1922', /run backwards/],
    ['?play=soon', /use from-to/],
    ['?speed=10', /0.4 to 3 seconds/],
    ['?speed=fast', /0.4 to 3 seconds/],
    ['?pause=<script>', /storyline's id/],
  ])('%s is ignored with a notice', (search, notice) => {
    const { play, notices } = decodePlay(search, PERIOD);
    expect(play).toEqual(DEFAULT_PLAY);
    expect(notices.join(' ')).toMatch(notice);
  });

  it('keeps the other parameters when writing its own', () => {
    expect(withPlay('?e=stalin&y=1925&speed=2', { from: 1924, to: 1927, secondsPerYear: 1.2, pauseStory: null })).toBe('?e=stalin&y=1925&play=1924-1927&speed=1.2');
    expect(withPlay('?play=1924-1927', DEFAULT_PLAY)).toBe('');
  });

  it('clamps speeds to 0.4–3 s in steps of 0.2 s, and ranges to the period', () => {
    expect([clampSpeed(0.1), clampSpeed(0.95), clampSpeed(5)]).toEqual([0.4, 1, 3]);
    expect(playRange({ from: 1900, to: 1925, secondsPerYear: 1, pauseStory: null }, PERIOD)).toEqual({ from: 1917, to: 1925 });
    expect(playRange(DEFAULT_PLAY, PERIOD)).toEqual(PERIOD);
  });

  it('round-trips the storyline Play pauses at, beside the range', () => {
    const play = { from: 1922, to: 1929, secondsPerYear: 0.8, pauseStory: 'power-struggle' };
    expect(encodePlay(play)).toEqual([['play', '1922-1929'], ['pause', 'power-struggle']]);
    expect(decodePlay('?play=1922-1929&pause=power-struggle', PERIOD)).toEqual({ play, notices: [] });
    expect(withPlay('?e=stalin&pause=old', { ...DEFAULT_PLAY, pauseStory: 'purges' })).toBe('?e=stalin&pause=purges');
  });

  it("pauses at each distinct year of a storyline's steps, in order; a step of all years gives none", () => {
    expect(pauseYears([{ view: { year: 1924 } }, { view: {} }, { view: { year: 1922 } }, { view: { year: 1924 } }, { view: { year: null } }])).toEqual([1922, 1924]);
  });
});
