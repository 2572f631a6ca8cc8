import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../model/types';
import { drawLegend, legendSize } from './legend-draw';
import './graph-legend';
import type { GraphLegend } from './graph-legend';

let el: GraphLegend | null = null;
afterEach(() => el?.remove());

async function mount(): Promise<GraphLegend> {
  el = document.createElement('graph-legend');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<graph-legend>', () => {
  it('lists every entity kind with a swatch, and the line styles, as text', async () => {
    const legend = await mount();
    const root = legend.shadowRoot!;
    const kinds = [...root.querySelectorAll('.kinds li')].map((li) => li.textContent!.trim());
    expect(kinds).toEqual(['Person', 'Faction', 'Policy', 'Institution', 'Event', 'Idea', 'Group']);
    expect(kinds).toHaveLength(ENTITY_KINDS.length);
    expect(root.querySelectorAll('.kinds li svg path')).toHaveLength(ENTITY_KINDS.length);
    const lines = [...root.querySelectorAll('ul:not(.kinds) li')].map((li) => li.textContent!.trim());
    expect(lines.some((t) => t.startsWith('Friendly: solid'))).toBe(true);
    expect(lines.some((t) => t.startsWith('Hostile: dashed'))).toBe(true);
    expect(lines.some((t) => t.includes('suspected or disputed'))).toBe(true);
    expect(lines.some((t) => t.includes('outside the notes'))).toBe(true);
    expect(root.querySelector('p.time')!.textContent).toMatch(/one-off act .* shows in its year and the next, then goes/);
    // Samples are decoration; the text carries the meaning.
    expect([...root.querySelectorAll('svg')].every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('collapses and expands with a real button that reports its state', async () => {
    const legend = await mount();
    const root = legend.shadowRoot!;
    const button = root.querySelector('button')!;
    const body = root.querySelector<HTMLElement>('#legend-body')!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe('legend-body');
    expect(body.hidden).toBe(false);
    button.click();
    await legend.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(body.getBoundingClientRect().height).toBe(0);
    expect(legend.hasAttribute('open')).toBe(false);
    button.click();
    await legend.updateComplete;
    expect(body.hidden).toBe(false);
  });
});

describe('drawLegend', () => {
  it('draws the key onto a canvas at the given scale', () => {
    const { width, height } = legendSize();
    const canvas = new OffscreenCanvas(width * 2 + 20, height * 2 + 20);
    const ctx = canvas.getContext('2d')!;
    const drawn = drawLegend(ctx, 10, 10, 2);
    expect(drawn).toEqual({ width: width * 2, height: height * 2 });
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<string>();
    for (let i = 0; i < px.length; i += 4) if (px[i + 3]! > 0) colours.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    // Text in black and the seven kind colours at least.
    expect(colours.size).toBeGreaterThan(20);
    expect(px[3]).toBe(0); // nothing drawn outside the given corner
  });
});
