import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { timelineView } from '../../app/panels/timeline-view';
import './swimlane-chart';
import { FIRST_LANES } from './swimlane-chart';
import { realGraph, text } from '../shared/test-real-data';

afterEach(() => document.body.replaceChildren());

async function mount(id: string, width = 420) {
  const { graph } = realGraph();
  const t = timelineView(graph, id)!;
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  const el = document.createElement('swimlane-chart');
  el.lanes = t.lanes;
  el.summary = t.summary;
  el.titles = new Map(t.entries.map((e) => [e.edge, e.sentence]));
  el.year = 1928;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
  return { el, root: el.shadowRoot!, t };
}

describe('<swimlane-chart>', () => {
  it('is one image named by its summary, with a lane per related entity and a year axis', async () => {
    const { root, t } = await mount('bukharin');
    const svg = root.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBe(t.summary);
    expect(t.summary).toMatch(/^Chart of Nikolai Bukharin's relations, \d{4}–\d{4}: /);
    const labels = [...svg.querySelectorAll('.lane-label title')].map(text);
    expect(labels).toEqual(t.lanes.lanes.map((l) => l.label));
    const ticks = [...svg.querySelectorAll('.tick')].map((n) => Number(text(n)));
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks[0]).toBeGreaterThanOrEqual(t.lanes.fromYear);
  });

  it('fits the width it is given', async () => {
    const { root } = await mount('bukharin', 300);
    expect(Number(root.querySelector('svg[role="img"]')!.getAttribute('width'))).toBe(300);
  });

  it('draws bars for relations in force and marks for one-off acts, told apart without colour, each with a title', async () => {
    const { root } = await mount('bukharin');
    const svg = root.querySelector('svg[role="img"]')!;
    const alliance = svg.querySelector('[data-edge="stalin>allied-with>bukharin@1925"]')!;
    expect(alliance.classList.contains('bar')).toBe(true);
    expect(alliance.querySelector('rect')!.getAttribute('fill')).toBe('#2166AC');
    expect(text(alliance.querySelector('title'))).toBe('1925–1928 (date not in the notes): allied with Joseph Stalin (slide 41)');
    const opposed = svg.querySelector('[data-edge="bukharin>opposed>stalin@1928"]')!;
    expect(opposed.querySelector('rect')!.getAttribute('fill')).toBe('url(#hatch)');
    const purge = svg.querySelector('.mark.hostile')!;
    expect(purge.querySelector('path')).not.toBeNull();
    expect(svg.querySelector('.mark.friendly circle, .mark.neutral path, .bar.neutral rect')).not.toBeNull();
    const items = svg.querySelectorAll('[data-edge]');
    for (const item of items) expect(text(item.querySelector('title'))).not.toBe('');
  });

  it('shows the first lanes of a busy entity, then all on request', async () => {
    const { root, t } = await mount('stalin');
    expect(t.lanes.lanes.length).toBeGreaterThan(FIRST_LANES);
    expect(root.querySelectorAll('.lane-label').length).toBe(FIRST_LANES);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.more')!);
    expect(root.querySelectorAll('.lane-label').length).toBe(t.lanes.lanes.length);
  });

  it('has a key that names each style in words', async () => {
    const { root } = await mount('bukharin');
    expect([...root.querySelectorAll('.legend li')].map(text)).toEqual(['Friendly, solid', 'Hostile, hatched', 'Neutral, outlined', 'One-off act', 'No end date given']);
  });
});
