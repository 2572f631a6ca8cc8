import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { frameBox } from './framing';
import { type ModelLabel, allNamedAt, zoomToName } from './name-zoom';
import { nearestInDirection } from './nearest-node';

describe('frameBox', () => {
  it('centres the box in the room left for it, at the zoom that fits, within the limits', () => {
    const v = frameBox({ x1: 0, y1: 0, x2: 100, y2: 50 }, 400, 300, { left: 50, right: 50, top: 0, bottom: 100 }, 0.1, 5);
    expect(v.zoom).toBe(3); // width 300 / 100; height 200 / 50 = 4
    expect(v.pan).toEqual({ x: 200 - 50 * 3, y: 100 - 25 * 3 });
    expect(frameBox({ x1: 0, y1: 0, x2: 1, y2: 1 }, 400, 300, { left: 0, right: 0, top: 0, bottom: 0 }, 0.1, 1.4).zoom).toBe(1.4);
  });
});

describe('nearestInDirection', () => {
  const points = [
    { id: 'o', x: 0, y: 0 },
    { id: 'r', x: 100, y: 10 },
    { id: 'far-r', x: 300, y: 0 },
    { id: 'diag', x: 60, y: 80 },
    { id: 'u', x: 5, y: -50 },
  ];
  it('goes to the nearest point within 45° of the arrow', () => {
    expect(nearestInDirection(points[0]!, points, 'right')).toBe('r');
    expect(nearestInDirection(points[0]!, points, 'up')).toBe('u');
    expect(nearestInDirection(points[0]!, points, 'down')).toBe('diag');
  });
  it('falls back to the half-plane ahead, and says null when nothing is ahead', () => {
    expect(nearestInDirection({ id: 'x', x: 0, y: 0 }, [{ id: 'a', x: 10, y: 50 }], 'right')).toBe('a');
    expect(nearestInDirection(points[2]!, points, 'right')).toBeNull();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, and names a bad colour', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#6e6e6e', '#6E6E6E')).toBe(1);
    expect(() => contrastRatio('grey', '#fff')).toThrow(/"grey"/);
  });
});

describe('zoomToName', () => {
  const node = (id: string, x: number, y: number): ModelLabel => ({ id, x, y, radius: 10, width: 80, height: 18, gap: 4 });
  it('zooms in just enough that labels drawn at the floor size no longer collide', () => {
    // Three nodes 100 model units apart in a row: at zoom 0.5 they are 50 px apart, labels 12 px font ≈ 60 px wide.
    const row = [node('a', 0, 0), node('b', 100, 0), node('c', 200, 0)];
    expect(allNamedAt(row, 0.3, 12, 16)).toBe(false);
    const z = zoomToName(row, 12, 16, 0.3, 3);
    expect(z).toBeGreaterThan(0.3);
    expect(z).toBeLessThan(3);
    expect(allNamedAt(row, z, 12, 16)).toBe(true);
    expect(allNamedAt(row, z / 1.04, 12, 16)).toBe(false);
  });
  it('keeps the starting zoom when all are named, and stops at the limit when none suffices', () => {
    expect(zoomToName([node('a', 0, 0), node('b', 1000, 0)], 12, 16, 0.5, 2)).toBe(0.5);
    const pile = Array.from({ length: 12 }, (_, i) => node(`n${i}`, 0, 0));
    expect(zoomToName(pile, 12, 16, 0.5, 2)).toBe(2);
  });
});
