import { describe, expect, it } from 'vitest';
import { LABEL_SIDES, type Box, type LabelCandidate, labelBox, labelFloorPx, labelFontPx, placeLabels } from './label-placement';

const c = (id: string, x: number, y: number, width = 60): LabelCandidate => ({ id, x, y, radius: 10, width, height: 14, gap: 2 });

describe('label sizes', () => {
  it('is at least 12 px on a 1366 laptop, 16 px at 1920, 14 px around a selection', () => {
    expect(labelFloorPx(1366)).toBe(12);
    expect(labelFloorPx(683)).toBe(12);
    expect(labelFloorPx(1920)).toBe(16);
    expect(labelFloorPx(1366, true)).toBe(14);
    expect(labelFloorPx(1920, true)).toBe(16);
  });
  it('lifts a label to the floor at low zoom and leaves it at its model size when that is larger', () => {
    expect(labelFontPx(16, 0.4, 12)).toBe(12);
    expect(labelFontPx(16, 1.5, 12)).toBe(24);
  });
});

describe('placeLabels', () => {
  it('keeps every label when none overlap', () => {
    const placed = placeLabels([c('a', 0, 0), c('b', 200, 0), c('c', 0, 200)]);
    expect([...placed.keys()]).toEqual(['a', 'b', 'c']);
    expect([...placed.values()]).toEqual(['below', 'below', 'below']);
  });
  it('moves a label to another side, then leaves it out, rather than overlap a better-ranked one', () => {
    // b sits just right of a: its label below would cover a's; it goes elsewhere.
    const placed = placeLabels([c('a', 0, 0), c('b', 30, 0)]);
    expect(placed.get('a')).toBe('below');
    expect(placed.get('b')).not.toBe('below');
    const boxes = [...placed].map(([id, side]) => labelBox(c(id, id === 'a' ? 0 : 30, 0), side));
    expect(boxes[0]!.x1 < boxes[1]!.x2 && boxes[1]!.x1 < boxes[0]!.x2 && boxes[0]!.y1 < boxes[1]!.y2 && boxes[1]!.y1 < boxes[0]!.y2).toBe(false);
    // Nine nodes on one spot: only two labels fit, one below and one above.
    const pile = Array.from({ length: 9 }, (_, i) => c(`n${i}`, 0, 0));
    expect([...placeLabels(pile).values()]).toEqual(['below', 'above']);
  });
  it('keeps the `always` labels whatever they overlap', () => {
    const pile = [c('sel', 0, 0), c('focus', 0, 0), c('other', 0, 0)];
    const placed = placeLabels(pile, { always: 2 });
    expect(placed.has('sel') && placed.has('focus')).toBe(true);
  });
  it('retries the named group so that an order which fits them all is found', () => {
    // 'b' blocks every side of 'c' when placed first (a wide label), but fits elsewhere if 'c' goes first.
    const a = c('b', 0, 0, 400);
    const placedPlain = placeLabels([a, c('c', 0, 30, 40)], { named: 0 });
    const placedNamed = placeLabels([a, c('c', 0, 30, 40)], { named: 2 });
    expect(placedNamed.size).toBeGreaterThanOrEqual(placedPlain.size);
    expect(placedNamed.has('b')).toBe(true);
  });
});

describe('placeLabels on thousands of candidates (a 5,000-entity graph)', () => {
  it('places only labels clear of each other, and leaves out only labels blocked on every side', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Spread over more than the screen (negative and far coordinates: nodes off screen are candidates too), some wide.
    const ranked: LabelCandidate[] = Array.from({ length: 3000 }, (_, i) => ({ id: `n${i}`, x: rnd() * 3000 - 1000, y: rnd() * 1500 - 400, radius: 2 + rnd() * 20, width: 20 + rnd() * (i % 50 === 0 ? 900 : 150), height: 14 + rnd() * 30, gap: 2 }));
    const margin = 10;
    const out = placeLabels(ranked, { margin, always: 2, named: 20 });
    const near = (a: Box, b: Box) => a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;
    const placed = ranked.filter((c) => out.has(c.id)).map((c) => ({ id: c.id, box: labelBox(c, out.get(c.id)) }));
    expect(placed.length).toBeGreaterThan(100);
    expect(placed.length).toBeLessThan(ranked.length);
    // Clear of each other (the two forced ones aside).
    const free = placed.filter((p) => p.id !== 'n0' && p.id !== 'n1');
    const touching: string[] = [];
    for (let i = 0; i < free.length; i++) for (let j = i + 1; j < free.length; j++) if (near(free[i]!.box, free[j]!.box)) touching.push(`${free[i]!.id}+${free[j]!.id}`);
    expect(touching).toEqual([]);
    // Left out only when every side comes within the margin of a label placed.
    const leftOutWithRoom = ranked.filter((c) => !out.has(c.id) && !LABEL_SIDES.every((side) => placed.some((p) => near(labelBox(c, side), p.box))));
    expect(leftOutWithRoom.map((c) => c.id)).toEqual([]);
  });
});

