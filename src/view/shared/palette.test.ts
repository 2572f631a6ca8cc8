import { describe, expect, it } from 'vitest';
import { KIND_COLOUR, paletteProperties, TEXT_PAIRS, TONE_COLOUR } from './palette';
import { KIND_STYLE, TONE_STYLE } from '../canvas/canvas-style';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

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
    expect(paletteProperties()).toContain(`--ui-friendly: ${TONE_COLOUR.friendly};`);
    expect(paletteProperties()).toContain(`--kind-person: ${KIND_COLOUR.person};`);
  });
});
