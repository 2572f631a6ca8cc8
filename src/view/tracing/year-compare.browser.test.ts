import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { compareView, narrowCompare } from '../../app/tracing/compare-view';
import type { ToolState } from '../../app/tracing/tool-state';
import { realGraph, text } from '../shared/test-real-data';
import './year-compare';

afterEach(() => document.body.replaceChildren());

async function mount(yearA: number | null, yearB: number | null) {
  const { graph, notes } = realGraph();
  const el = document.createElement('year-compare');
  el.period = { from: 1917, to: 1953 };
  el.yearA = yearA;
  el.yearB = yearB;
  let ms = 0;
  if (yearA !== null && yearB !== null) {
    const started = performance.now();
    el.changes = compareView(graph, notes, yearA, yearB);
    ms = performance.now() - started;
  }
  const events: Partial<ToolState>[] = [];
  el.addEventListener('tool-change', (e) => events.push(e.detail));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events, ms };
}

const sentences = (root: ShadowRoot, list: string) =>
  [...root.querySelectorAll(`ul[aria-labelledby="${list}"] relation-evidence`)].map((r) => text(r.shadowRoot!.querySelector('.sentence')));

describe('<year-compare>', () => {
  it('asks for two years first', async () => {
    const { root } = await mount(null, 1929);
    expect(text(root.querySelector('[role="status"]'))).toBe('Choose two years to compare.');
    expect(root.querySelector<HTMLSelectElement>('#cb')!.value).toBe('1929');
    expect(root.querySelector<HTMLSelectElement>('#ca')!.value).toBe('');
  });

  it('lists what began and what ended between 1924 and 1929, each with its quotes', async () => {
    const { root, ms } = await mount(1924, 1929);
    console.info(`changesBetween 1924–1929 (with quotes) took ${ms.toFixed(1)} ms in the browser`);
    expect(text(root.querySelector('[role="status"]'))).toMatch(/^From 1924 to 1929: \d+ relations began, \d+ ended\.$/);
    const began = sentences(root, 'began-title');
    const ended = sentences(root, 'ended-title');
    expect(began).toContain('Leon Trotsky allied with Grigory Zinoviev');
    expect(ended).toContain('Joseph Stalin allied with Grigory Zinoviev');
    const item = [...root.querySelectorAll('ul[aria-labelledby="began-title"] relation-evidence')].find((r) => text(r.shadowRoot!.querySelector('.sentence')) === 'Leon Trotsky allied with Grigory Zinoviev')!;
    await userEvent.click(item.shadowRoot!.querySelector('summary')!);
    const quote = item.shadowRoot!.querySelector('note-excerpt')!;
    await quote.updateComplete;
    expect(text(quote.shadowRoot!.querySelector('figcaption'))).toMatch(/^Slide \d+ · \S/);
  });

  it('changes the years and what the graph highlights', async () => {
    const { root, events } = await mount(1924, 1929);
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#ca')!, '1930');
    expect(events.at(-1)).toEqual({ compareA: 1930 });
    const both = [...root.querySelectorAll('fieldset label')].find((l) => text(l) === 'Both')!.querySelector('input')!;
    await userEvent.click(both);
    expect(events.at(-1)).toEqual({ compareShow: 'both' });
  });

  it('narrows to one entity with a labelled picker, and clears back to everyone', async () => {
    const { el, root, events } = await mount(1925, 1936);
    const picker = root.querySelector<HTMLSelectElement>('#cn')!;
    expect(text(root.querySelector('label[for="cn"]'))).toBe('Narrow to entity');
    const everyone = el.changes!.began.length + el.changes!.ended.length;
    expect(text(picker.options[0])).toBe(`Everyone (${everyone} changes)`);
    await userEvent.selectOptions(picker, 'stalin');
    expect(events.at(-1)).toEqual({ compareEntity: 'stalin' });
    // The state comes back down narrowed, as the tool panel gives it.
    el.changes = narrowCompare(el.changes!, 'stalin');
    await el.updateComplete;
    const shown = [...root.querySelectorAll('li[data-edge]')].map((li) => li.getAttribute('data-edge')!);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(everyone);
    for (const edge of shown) expect(edge.split(/[>@]/).filter((_, i) => i !== 1 && i !== 3)).toContain('stalin');
    expect(text(root.querySelector('.status'))).toMatch(/^From 1925 to 1936, for Joseph Stalin: \d+ relations? began, \d+ ended \(of \d+ and \d+ for everyone\)\.$/);
    expect(picker.value).toBe('stalin');
    await userEvent.click([...root.querySelectorAll('button')].find((b) => text(b) === 'Show everyone')!);
    expect(events.at(-1)).toEqual({ compareEntity: null });
  });
});
