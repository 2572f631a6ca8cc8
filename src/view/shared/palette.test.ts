import { describe, expect, it } from 'vitest';
import { KIND_COLOUR, paletteProperties, TEXT_PAIRS, TONE_COLOUR } from './palette';
import { KIND_STYLE, TONE_STYLE } from '../canvas/canvas-style';
import { contrastRatio } from '../../app/canvas/contrast';

const contrast = contrastRatio;

describe('palette', () => {
  it('computes WCAG contrast correctly (known values)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(TEXT_PAIRS)('$what keeps contrast ≥ 4.5:1', ({ text, background }) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('is the one source of the canvas colours, and of the elements’ custom properties', () => {
    for (const [kind, c] of Object.entries(KIND_COLOUR)) expect(KIND_STYLE[kind as keyof typeof KIND_STYLE].colour).toBe(c);
    for (const [tone, c] of Object.entries(TONE_COLOUR)) expect(TONE_STYLE[tone as keyof typeof TONE_STYLE].colour).toBe(c);
    expect(paletteProperties()).toContain(`--ui-friendly: var(--theme-friendly, ${TONE_COLOUR.friendly});`);
    expect(paletteProperties()).toContain(`--kind-person: ${KIND_COLOUR.person};`);
  });
});
