import { describe, expect, it } from 'vitest';
import { PressGesture, TAP_THRESHOLD } from './press-gesture';

describe('PressGesture', () => {
  it('holds from a click’s press and lets go after the paint that follows its release', () => {
    const g = new PressGesture();
    expect(g.down(1, 100, 100, 'mouse')).toBe('hold');
    expect(g.holding).toBe(true);
    expect(g.move(1, 102, 101)).toBeNull(); // a jitter under the tap threshold is still a click
    expect(g.up(1)).toBe('release-after-paint');
    expect(g.holding).toBe(false);
    expect(g.up(1)).toBeNull(); // a second release of the same pointer changes nothing
  });

  it('lets go at once when the press becomes a drag (a pan is drawn as it goes), and only once', () => {
    const g = new PressGesture();
    g.down(1, 100, 100, 'mouse');
    expect(g.move(1, 100 + TAP_THRESHOLD.mouse, 100)).toBe('release');
    expect(g.move(1, 140, 100)).toBeNull();
    expect(g.up(1)).toBeNull();
    expect(g.down(1, 0, 0, 'mouse')).toBe('hold'); // the next press holds again
  });

  it('gives a finger the larger touch threshold', () => {
    const g = new PressGesture();
    g.down(7, 50, 50, 'touch');
    expect(g.move(7, 50 + TAP_THRESHOLD.mouse, 50)).toBeNull();
    expect(g.move(7, 50 + TAP_THRESHOLD.touch, 50)).toBe('release');
  });

  it('lets go at once for a second finger (a pinch zooms and must be drawn)', () => {
    const g = new PressGesture();
    expect(g.down(1, 10, 10, 'touch')).toBe('hold');
    expect(g.down(2, 80, 80, 'touch')).toBe('release');
    expect(g.up(1)).toBeNull();
    expect(g.up(2)).toBeNull();
  });

  it('lets go at once when the press is cancelled, and ignores pointers it never saw', () => {
    const g = new PressGesture();
    expect(g.move(3, 0, 0)).toBeNull();
    expect(g.up(3)).toBeNull();
    expect(g.cancel()).toBeNull();
    g.down(1, 0, 0, 'pen');
    expect(g.cancel()).toBe('release');
    expect(g.holding).toBe(false);
  });
});
