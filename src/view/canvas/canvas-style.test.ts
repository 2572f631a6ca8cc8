import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/canvas/contrast';
import { CANVAS_BACKGROUND, LABEL_COLOURS, canvasStyle } from './canvas-style';
import { FULL_EDGE_SELECTOR, largeGraphStyle } from './canvas-style-large';

describe('canvas label colours', () => {
  it.each(Object.entries(LABEL_COLOURS))('%s (%s) is at least 4.5:1 on the canvas background', (_what, colour) => {
    expect(contrastRatio(colour, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('dims and fades node shapes, never node label text: no node rule lowers the whole opacity or the text opacity', () => {
    const rules = canvasStyle() as { selector: string; style: Record<string, unknown> }[];
    const nodeRules = rules.filter((r) => /(^|,\s*)(node|\.)/.test(r.selector) && !r.selector.startsWith('edge'));
    for (const r of nodeRules) {
      expect(r.style.opacity ?? 1, r.selector).toBe(1);
      expect(r.style['text-opacity'] ?? 1, r.selector).toBe(1);
      if (typeof r.style.color === 'string') expect(Object.values(LABEL_COLOURS), r.selector).toContain(r.style.color);
    }
  });
});

describe('the large graph\'s style sheet', () => {
  type Rule = { selector: string; style: Record<string, unknown> };
  const standard = canvasStyle() as Rule[];
  const large = largeGraphStyle(canvasStyle()) as Rule[];

  it('draws relations as straight haystack lines, and curved with arrows where the user looks (selection, emphasis, hover)', () => {
    expect(large.find((r) => r.selector === 'edge')!.style['curve-style']).toBe('haystack');
    const full = large.findIndex((r) => r.selector === FULL_EDGE_SELECTOR);
    expect(large[full]!.style).toEqual({ 'curve-style': 'bezier' });
    // After the tone rules, before the view classes and the hiding rules (which must still win).
    expect(full).toBeGreaterThan(large.findIndex((r) => r.selector.startsWith('edge.tone-')));
    expect(full).toBeLessThan(large.findIndex((r) => r.selector === '.hidden'));
  });

  it('keeps every other rule as it is: the same colours, shapes, line styles, marks and labels', () => {
    const rest = large.filter((r) => r.selector !== FULL_EDGE_SELECTOR);
    expect(rest.map((r) => r.selector)).toEqual(standard.map((r) => r.selector));
    rest.forEach((r, i) => {
      const { 'curve-style': _c, 'haystack-radius': _h, ...style } = r.style;
      const { 'curve-style': _c2, ...before } = standard[i]!.style;
      expect(style, r.selector).toEqual(before);
    });
    // The standard sheet is untouched (the notes' look).
    expect(standard.find((r) => r.selector === 'edge')!.style['curve-style']).toBe('bezier');
  });
});

