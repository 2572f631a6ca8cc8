import { describe, expect, it } from 'vitest';
import { growthExponent, median, percentile, ratio, summarize } from './stats';

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });
  it('averages the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores NaN and infinities, and is NaN with no samples', () => {
    expect(median([NaN, 2, Infinity, 4])).toBe(3);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
  it('is an observed sample: p95 of 1..100 is 95, p50 is 50, p100 the maximum', () => {
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 1)).toBe(1);
  });
  it('with fewer than 20 samples, p95 is the maximum', () => {
    expect(percentile([10, 30, 20, 12, 11, 15, 14, 13, 19, 18], 95)).toBe(30);
    expect(percentile([2], 95)).toBe(2);
  });
  it('with 20 samples, p95 is the 19th smallest', () => {
    const xs = Array.from({ length: 20 }, (_, i) => (i + 1) * 10).reverse();
    expect(percentile(xs, 95)).toBe(190);
  });
  it('is NaN with no finite samples and refuses p outside (0, 100]', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('gives n, median, p95, range and mean', () => {
    expect(summarize([4, 2, 8, 6])).toEqual({ n: 4, median: 5, p95: 8, min: 2, max: 8, mean: 5 });
  });
  it('is all NaN with no samples, so a missing figure is visible', () => {
    const s = summarize([NaN]);
    expect(s.n).toBe(0);
    expect(s.median).toBeNaN();
    expect(s.p95).toBeNaN();
  });
});

describe('ratio and growth', () => {
  it('divides, NaN when a figure is missing or the divisor zero', () => {
    expect(ratio(5, 10)).toBe(0.5);
    expect(ratio(NaN, 10)).toBeNaN();
    expect(ratio(5, 0)).toBeNaN();
  });
  it('finds the exponent of a power law', () => {
    expect(growthExponent([{ size: 1000, cost: 10 }, { size: 2000, cost: 20 }, { size: 4000, cost: 40 }])).toBeCloseTo(1, 10);
    expect(growthExponent([{ size: 10, cost: 3 }, { size: 100, cost: 300 }])).toBeCloseTo(2, 10);
    expect(growthExponent([{ size: 10, cost: 3 }])).toBeNaN();
  });
});
