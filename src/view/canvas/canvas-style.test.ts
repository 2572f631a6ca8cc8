import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/canvas/contrast';
import { CANVAS_BACKGROUND, LABEL_COLOURS, canvasStyle } from './canvas-style';

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
