import { describe, expect, it } from 'vitest';
import { type Placed, overlappingPairs, removeOverlaps } from './remove-overlaps';
import { mulberry32 } from './seeded-random';

const box = (x: number, y: number, w = 20, h = 10): Placed => ({ x, y, extent: { left: w / 2, right: w / 2, top: h / 2, bottom: h / 2 } });

describe('overlappingPairs', () => {
  it('finds overlapping boxes, counting the gap, and not touching ones', () => {
    expect(overlappingPairs([box(0, 0), box(15, 0), box(100, 0)])).toEqual([[0, 1]]);
    expect(overlappingPairs([box(0, 0), box(20, 0)])).toEqual([]); // edges touch
    expect(overlappingPairs([box(0, 0), box(22, 0)], 4)).toEqual([[0, 1]]);
    expect(overlappingPairs([box(0, 0), box(5, 30)])).toEqual([]); // overlap in x only
  });
});

describe('removeOverlaps', () => {
  it('separates a random pile of boxes, deterministically', () => {
    const pile = () => {
      const rnd = mulberry32(5);
      return Array.from({ length: 120 }, () => box(rnd() * 300, rnd() * 200, 20 + rnd() * 100, 20 + rnd() * 40));
    };
    const a = pile();
    const rounds = removeOverlaps(a, 8);
    expect(rounds).toBeGreaterThan(0);
    expect(overlappingPairs(a, 8)).toEqual([]);
    const b = pile();
    removeOverlaps(b, 8);
    expect(b).toEqual(a);
  });

  it('moves nothing when nothing overlaps', () => {
    const items = [box(0, 0), box(100, 0)];
    expect(removeOverlaps(items, 8)).toBe(0);
    expect(items.map((p) => p.x)).toEqual([0, 100]);
  });

  it('pushes along the axis of least overlap, or sideways with an x bias', () => {
    const pair = () => [box(0, 0, 20, 20), box(2, 8, 20, 20)]; // overlap 18 in x, 12 in y
    const plain = pair();
    removeOverlaps(plain, 0, 1);
    expect(plain[1]!.x - plain[0]!.x).toBe(2);
    expect(plain[1]!.y - plain[0]!.y).toBeGreaterThanOrEqual(20);
    const biased = pair();
    removeOverlaps(biased, 0, 2);
    expect(biased[1]!.x - biased[0]!.x).toBeGreaterThanOrEqual(20);
    expect(biased[1]!.y - biased[0]!.y).toBe(8);
  });
});
