import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/canvas/contrast';
import { canvasStyle } from '../canvas/canvas-style';
import { CANVAS_THEMES, classroomLabelFloor, contrastPairs, type ThemeId } from './themes';

const CLASSROOM: ThemeId[] = ['contrast-dark', 'contrast-light'];

describe.each(CLASSROOM)('classroom theme %s', (id) => {
  it.each(contrastPairs(id))('$what ($colour on $background) reaches WCAG AA ($min:1)', ({ colour, background, min }) => {
    expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(min);
  });

  it('tells tone by line style as well as colour: friendly solid, hostile dashed, neutral dotted, all the same width', () => {
    const rules = canvasStyle(CANVAS_THEMES[id]) as { selector: string; style: Record<string, unknown> }[];
    const lineOf = (tone: string) => rules.find((r) => r.selector === `edge.tone-${tone}`)!.style;
    expect(lineOf('friendly')['line-style']).toBe('solid');
    expect(lineOf('hostile')['line-style']).toBe('dashed');
    expect(lineOf('neutral')['line-style']).toBe('dotted');
    const widths = new Set(['friendly', 'hostile', 'neutral'].map((t) => lineOf(t).width));
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeGreaterThanOrEqual(4);
    expect(CANVAS_THEMES[id].edgeMinPx).toBeGreaterThanOrEqual(4);
  });

  it('draws labels on the theme background, outlined in it', () => {
    const rules = canvasStyle(CANVAS_THEMES[id]) as { selector: string; style: Record<string, unknown> }[];
    const node = rules.find((r) => r.selector === 'node')!.style;
    expect(node.color).toBe(CANVAS_THEMES[id].ink);
    expect(node['text-outline-color']).toBe(CANVAS_THEMES[id].background);
  });
});

describe('classroom label sizes', () => {
  it('are at least 28 px on a 1920 px screen, never below 18 px', () => {
    expect(classroomLabelFloor(1920)).toBeGreaterThanOrEqual(28);
    expect(CANVAS_THEMES['contrast-dark'].labelFloor(1920, false)).toBe(28);
    expect(classroomLabelFloor(800)).toBe(18);
  });

  it('the standard theme keeps the everyday floor (16 px at 1920)', () => {
    expect(CANVAS_THEMES.standard.labelFloor(1920, false)).toBe(16);
  });
});
