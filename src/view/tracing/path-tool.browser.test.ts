import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { pathResult } from '../../app/tracing/path-view';
import type { ToolState } from '../../app/tracing/tool-state';
import type { EntitySearchBox } from '../search/entity-search';
import './path-tool';
import { realGraph, text } from '../shared/test-real-data';

afterEach(() => document.body.replaceChildren());

async function mount(props: { from?: string | null; to?: string | null; withResult?: boolean; chosen?: number } = {}) {
  const { graph, notes } = realGraph();
  const el = document.createElement('path-tool');
  el.graph = graph;
  el.period = { from: 1917, to: 1953 };
  el.from = props.from ?? null;
  el.to = props.to ?? null;
  el.chosen = props.chosen ?? 0;
  let ms = 0;
  if (props.withResult && el.from && el.to) {
    const started = performance.now();
    el.result = pathResult(graph, notes, { from: el.from, to: el.to, fromYear: null, toYear: null, tones: null });
    ms = performance.now() - started;
  }
  const events: Partial<ToolState>[] = [];
  const leaked: unknown[] = [];
  el.addEventListener('tool-change', (e) => events.push(e.detail));
  document.addEventListener('entity-select', (e) => leaked.push(e), { once: true });
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events, leaked, ms };
}

describe('<path-tool>', () => {
  it('asks for both ends first', async () => {
    const { root } = await mount();
    expect(text(root.querySelector('[role="status"]'))).toBe('Choose both entities to see how they are linked.');
    expect([...root.querySelectorAll('.unpicked')].length).toBe(2);
  });

  it('picks an end with the explorer’s search, without selecting it in the explorer', async () => {
    const { root, events, leaked } = await mount();
    const search = root.querySelector<EntitySearchBox>('entity-search.from')!;
    const input = search.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'Trotsky');
    await search.ready();
    await new Promise((r) => setTimeout(r, 0));
    await search.updateComplete;
    await userEvent.keyboard('{Enter}');
    expect(events).toEqual([{ pathFrom: 'trotsky' }]);
    expect(leaked).toEqual([]);
  });

  it('lists the paths from Trotsky to Kirov, draws the chosen one, and lists each hop with its quotes', async () => {
    const { root, ms } = await mount({ from: 'trotsky', to: 'kirov', withResult: true });
    console.info(`findPaths Trotsky → Kirov (5 paths, with quotes) took ${ms.toFixed(1)} ms in the browser`);
    expect([...root.querySelectorAll('.picked')].map(text)).toEqual(['Leon Trotsky', 'Sergei Kirov']);
    expect(text(root.querySelector('[role="status"]'))).toBe('5 paths found, shortest first. Path 1 is drawn on the graph.');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('ol.paths button')];
    expect(buttons.length).toBe(5);
    expect(buttons[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(text(buttons[0])).toBe('1. Leon Trotsky → Joseph Stalin → Sergei Kirov (2 steps)');
    const hops = [...root.querySelectorAll('ol.hops > li')];
    expect(hops.map((h) => text(h.querySelector('.hop-head')))).toEqual(['Leon Trotsky → Joseph Stalin', 'Joseph Stalin → Sergei Kirov']);
    const evidence = hops[1]!.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    const quotes = [...evidence.shadowRoot!.querySelectorAll('note-excerpt')];
    expect(quotes.length).toBeGreaterThan(0);
    await quotes[0]!.updateComplete;
    expect(text(quotes[0]!.shadowRoot!.querySelector('blockquote'))).toBe('2 of Stalin\'s staunchest allies, Molotov and Kirov');
    expect(text(quotes[0]!.shadowRoot!.querySelector('figcaption'))).toMatch(/^Slide 39 · \S/);
    expect(text(hops[1]!.querySelector('.also summary'))).toBe('2 other relations between them');
  });

  it('lets an alternative be chosen, the ends swapped, and years and tones narrowed', async () => {
    const { root, events } = await mount({ from: 'trotsky', to: 'kirov', withResult: true });
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('ol.paths button')[1]!);
    expect(events.at(-1)).toEqual({ pathIndex: 1 });
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.swap')!);
    expect(events.at(-1)).toEqual({ pathFrom: 'kirov', pathTo: 'trotsky' });
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#pf')!, '1920');
    expect(events.at(-1)).toEqual({ pathFromYear: 1920 });
    const neutral = [...root.querySelectorAll('fieldset label')].find((l) => text(l) === 'Neutral')!.querySelector('input')!;
    await userEvent.click(neutral);
    expect(events.at(-1)).toEqual({ pathTones: new Set(['friendly', 'hostile']) });
  });

  it('shows the second path when chosen, and says when nothing links the ends', async () => {
    const { root, el } = await mount({ from: 'trotsky', to: 'kirov', withResult: true, chosen: 1 });
    expect(text(root.querySelector('#hops-title'))).toBe('Path 2: Leon Trotsky → Grigory Zinoviev → Sergei Kirov');
    el.result = { ...el.result!, paths: [] };
    await el.updateComplete;
    expect(text(root.querySelector('[role="status"]'))).toBe('No chain of relations links them with these years and tones.');
  });
});
