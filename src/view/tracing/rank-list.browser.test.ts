import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { rankView } from '../../app/tracing/rank-view';
import type { RankOrder, SizeMeasure } from '../../app/tracing/tool-state';
import './rank-list';
import { realGraph, text } from '../shared/test-real-data';

afterEach(() => document.body.replaceChildren());

async function mount(from: number | null = null, to: number | null = null, order: RankOrder = 'betweenness', size: SizeMeasure | null = null) {
  const { graph } = realGraph();
  const el = document.createElement('rank-list');
  el.period = { from: 1917, to: 1953 };
  const started = performance.now();
  el.ranking = rankView(graph, from, to, order);
  const ms = performance.now() - started;
  el.size = size;
  const events: [string, unknown][] = [];
  el.addEventListener('tool-change', (e) => events.push(['tool-change', e.detail]));
  el.addEventListener('entity-select', (e) => events.push(['entity-select', e.detail]));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events, ms };
}

const names = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr td:nth-child(2)')].map(text);

describe('<rank-list>', () => {
  it('ranks the whole period by betweenness, Stalin first, in a captioned table', async () => {
    const { root, ms } = await mount();
    console.info(`rankEntities over all years took ${ms.toFixed(1)} ms in the browser`);
    expect(names(root)[0]).toBe('Joseph Stalin');
    expect(text(root.querySelector('caption'))).toMatch(/^\d+ entities with relations, all years, by betweenness$/);
    expect(root.querySelector('th[aria-sort="descending"]')!.textContent!.replace(/\u00ad/g, '')).toBe('Betweenness');
    expect(root.querySelectorAll('tbody tr').length).toBe(25);
    await userEvent.click([...root.querySelectorAll('button')].find((b) => text(b).startsWith('Show all'))!);
    expect(root.querySelectorAll('tbody tr').length).toBeGreaterThan(25);
  });

  it('ranks a window of years by relations', async () => {
    const { root } = await mount(1924, 1929, 'degree');
    const degrees = [...root.querySelectorAll('tbody tr td:nth-child(3)')].map((td) => Number(text(td)));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(text(root.querySelector('caption'))).toMatch(/1924–1929, by number of relations$/);
    expect(root.querySelector<HTMLSelectElement>('#rf')!.value).toBe('1924');
  });

  it('asks for new years, order and node size, and selects an entity by name', async () => {
    const { root, events } = await mount();
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#rt')!, '1929');
    expect(events.at(-1)).toEqual(['tool-change', { rankTo: 1929 }]);
    const radio = (t: string) => [...root.querySelectorAll('label')].find((l) => text(l) === t)!.querySelector('input')!;
    await userEvent.click(radio('Number of relations'));
    expect(events.at(-1)).toEqual(['tool-change', { rankOrder: 'degree' }]);
    expect(radio('All relations, all years (default)').checked).toBe(true);
    await userEvent.click(radio('Betweenness in these years'));
    expect(events.at(-1)).toEqual(['tool-change', { size: 'betweenness' }]);
    await userEvent.click(root.querySelector<HTMLButtonElement>('tbody button.link')!);
    expect(events.at(-1)).toEqual(['entity-select', { id: 'stalin' }]);
  });
});
