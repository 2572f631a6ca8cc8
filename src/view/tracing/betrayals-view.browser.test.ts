import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { tracing } from '../../app/tracing/tracing';
import './betrayals-view';
import { realGraph, text } from '../shared/test-real-data';

afterEach(() => document.body.replaceChildren());

const ZINOVIEV = 'stalin>opposed>zinoviev@1925';

async function mount(selected: string | null = null) {
  const { graph, notes } = realGraph();
  const started = performance.now();
  const t = tracing(graph, notes);
  const ms = performance.now() - started;
  const el = document.createElement('betrayals-view');
  el.tracing = t;
  el.selected = selected;
  const events: unknown[] = [];
  el.addEventListener('tool-change', (e) => events.push(e.detail));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events, ms };
}

describe('<betrayals-view> on the real data', () => {
  it('lists the betrayals and, in their own section, the side switches, with years and titles', async () => {
    const { root, ms } = await mount();
    console.info(`tracing (findBetrayals + findSideSwitches + quotes) took ${ms.toFixed(1)} ms in the browser`);
    const heads = [...root.querySelectorAll('h3')].map(text);
    expect(heads).toEqual(['Betrayals (11)', 'Side switches (5)']);
    const titles = [...root.querySelectorAll('ol[aria-labelledby="b-head"] button.choose')].map(text);
    expect(titles).toContain('1925 Joseph Stalin turned on Grigory Zinoviev');
    expect([...root.querySelectorAll('ol[aria-labelledby="s-head"] > li')].length).toBe(5);
  });

  it('shows each half of a betrayal with its dates and, on demand, its quotes', async () => {
    const { root } = await mount();
    const item = root.querySelector(`li[data-id="${ZINOVIEV}"]`)!;
    const halves = [...item.querySelectorAll('relation-evidence')];
    expect(halves.map((h) => text(h.shadowRoot!.querySelector('p')))).toEqual([
      'Alliance: Joseph Stalin allied with Grigory Zinoviev, 1924–1925 date not in the notes',
      'Then: Joseph Stalin opposed Grigory Zinoviev, 1925 date not in the notes',
    ]);
    expect(text(item.querySelector('.later'))).toMatch(/^Later: Joseph Stalin purged Grigory Zinoviev, 1926; Joseph Stalin purged Grigory Zinoviev, Aug 1936\.$/);
  });

  it('asks for a betrayal when one is chosen, and to clear it when chosen again', async () => {
    const { root, events, el } = await mount();
    const button = root.querySelector<HTMLButtonElement>(`li[data-id="${ZINOVIEV}"] button.choose`)!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(button);
    expect(events).toEqual([{ betrayal: ZINOVIEV }]);
    el.selected = ZINOVIEV;
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(button);
    expect(events[1]).toEqual({ betrayal: null });
  });

  it('opens the quotes of the chosen one, with slide number and title', async () => {
    const { root } = await mount(ZINOVIEV);
    const item = root.querySelector(`li[data-id="${ZINOVIEV}"]`)!;
    expect(item.classList.contains('chosen')).toBe(true);
    const alliance = item.querySelector('relation-evidence')!;
    await alliance.updateComplete;
    const quotes = [...alliance.shadowRoot!.querySelectorAll('note-excerpt')];
    expect(quotes.length).toBe(3);
    await quotes[0]!.updateComplete;
    expect(text(quotes[0]!.shadowRoot!.querySelector('blockquote'))).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo');
    expect(text(quotes[0]!.shadowRoot!.querySelector('figcaption'))).toMatch(/^Slide 33 · \S/);
  });
});
