import { describe, expect, it } from 'vitest';
import { LABEL_MAX_WIDTH, NODE_MAX_DIAMETER, NODE_MIN_DIAMETER, diameterForDegree, diameterForScore, estimateTextWidth, nodeExtent, wrapLabel } from './label-metrics';

describe('label metrics', () => {
  it('estimates wider text for more and wider letters', () => {
    expect(estimateTextWidth('')).toBe(0);
    expect(estimateTextWidth('MMMM')).toBeGreaterThan(estimateTextWidth('iiii'));
    expect(estimateTextWidth('Stalin', 32)).toBeCloseTo(2 * estimateTextWidth('Stalin', 16));
    // Helvetica Bold: "Stalin" is 2.723 em; the estimate errs wide by a few per cent.
    expect(estimateTextWidth('Stalin', 100)).toBeGreaterThan(272.3);
    expect(estimateTextWidth('Stalin', 100)).toBeLessThan(300);
  });

  it('wraps at spaces past the maximum width, never splitting a word', () => {
    expect(wrapLabel('Lenin')).toEqual(['Lenin']);
    const lines = wrapLabel('Rabkrin (Workers’ and Peasants’ Inspectorate)');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Rabkrin (Workers’ and Peasants’ Inspectorate)');
    for (const l of lines) if (l.includes(' ')) expect(estimateTextWidth(l)).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
  });

  it('sizes nodes within bounds, growing with degree and score', () => {
    expect(diameterForDegree(0)).toBe(NODE_MIN_DIAMETER);
    expect(diameterForDegree(10)).toBeGreaterThan(diameterForDegree(2));
    expect(diameterForDegree(10_000)).toBe(NODE_MAX_DIAMETER);
    expect(diameterForScore(0)).toBe(NODE_MIN_DIAMETER);
    expect(diameterForScore(1)).toBe(NODE_MAX_DIAMETER);
    expect(diameterForScore(Number.NaN)).toBe(NODE_MIN_DIAMETER);
  });

  it('reaches further below a node (its label) than above it', () => {
    const e = nodeExtent('Joseph Stalin', 40);
    expect(e.bottom).toBeGreaterThan(e.top + 16);
    expect(e.left).toBe(e.right);
    expect(nodeExtent('Socialism in One Country', 40).bottom).toBeGreaterThan(e.bottom);
  });
});
