import { describe, expect, it } from 'vitest';
import { mulberry32, withSeededRandom } from './seeded-random';

describe('seeded random', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const seq = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seq);
    expect(mulberry32(2)()).not.toBe(seq[0]);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('replaces Math.random for the call only, also when it throws', () => {
    const original = Math.random;
    expect(withSeededRandom(9, () => [Math.random(), Math.random()])).toEqual(withSeededRandom(9, () => [Math.random(), Math.random()]));
    expect(Math.random).toBe(original);
    expect(() => withSeededRandom(9, () => { throw new Error('boom'); })).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
