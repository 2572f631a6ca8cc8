import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { buildEntitySearch } from '../../app/search/search';
import { fixtureGraph } from '../../app/shared/test-fixture';
import './entity-search';
import type { EntitySearchBox } from './entity-search';

afterEach(() => document.body.replaceChildren());

async function mount(): Promise<{ el: EntitySearchBox; input: HTMLInputElement; chosen: string[] }> {
  const el = document.createElement('entity-search');
  el.graph = fixtureGraph();
  const chosen: string[] = [];
  el.addEventListener('entity-select', (e) => chosen.push(e.detail.id));
  document.body.append(el);
  await el.updateComplete;
  return { el, input: el.shadowRoot!.querySelector('input')!, chosen };
}

const options = (el: EntitySearchBox) => [...el.shadowRoot!.querySelectorAll('[role="option"]')];
const settle = async (el: EntitySearchBox) => {
  await el.ready();
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

describe('<entity-search>', () => {
  it('is a labelled combobox named "Search"', async () => {
    const { input, el } = await mount();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.labels?.[0]?.textContent).toBe('Search');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!.getAttribute('role')).toBe('listbox');
  });

  it('suggests as you type, tolerating misspellings', async () => {
    const { el, input } = await mount();
    await userEvent.type(input, 'trotksy');
    await settle(el);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options(el)[0]!.textContent).toContain('Leon Trotsky');
    await userEvent.clear(input);
    await userEvent.type(input, 'Kamanev');
    await settle(el);
    expect(options(el)[0]!.textContent).toContain('Lev Kamenev');
  });

  it('moves with the arrow keys and selects with Enter', async () => {
    const { el, input, chosen } = await mount();
    await userEvent.type(input, 'stalin');
    await settle(el);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    const first = options(el)[0]!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual(['stalin']);
    await el.updateComplete;
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('selects on click', async () => {
    const { el, input, chosen } = await mount();
    await userEvent.type(input, 'zino');
    await settle(el);
    await userEvent.click(options(el)[0]!);
    expect(chosen).toEqual(['zinoviev']);
  });

  it('Escape clears it', async () => {
    const { el, input } = await mount();
    await userEvent.type(input, 'lenin');
    await settle(el);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when nothing matches', async () => {
    const { el, input } = await mount();
    await userEvent.type(input, 'xqzw');
    await settle(el);
    expect(options(el)[0]!.textContent).toContain('No entity matches');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('No matches');
  });

  it('"/" focuses it from anywhere, but not while typing elsewhere', async () => {
    const { input } = await mount();
    const other = document.createElement('input');
    document.body.append(other);
    const button = document.createElement('button');
    button.textContent = 'x';
    document.body.append(button);
    button.focus();
    await userEvent.keyboard('/');
    expect(input.matches(':focus')).toBe(true);
    expect(input.value).toBe('');
    other.focus();
    await userEvent.keyboard('/');
    expect(input.matches(':focus')).toBe(false);
    expect(other.value).toBe('/');
  });

  it('uses an index it is given', async () => {
    const el = document.createElement('entity-search');
    el.search = buildEntitySearch(fixtureGraph());
    document.body.append(el);
    await el.updateComplete;
    expect((await el.ready())?.suggest('nep')[0]?.id).toBe('nep');
  });

  it('can be a second, named search that leaves "/" to the first', async () => {
    const { input: first } = await mount();
    const second = document.createElement('entity-search');
    second.graph = fixtureGraph();
    second.label = 'From entity';
    second.placeholder = 'Search for the first entity…';
    second.noShortcut = true;
    document.body.append(second);
    await second.updateComplete;
    const input = second.shadowRoot!.querySelector('input')!;
    expect(input.labels?.[0]?.textContent).toBe('From entity');
    expect(input.placeholder).toBe('Search for the first entity…');
    expect(second.shadowRoot!.querySelector('.hint')).toBeNull();
    expect(second.shadowRoot!.getElementById('search-help')!.textContent).not.toContain('/');
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await userEvent.keyboard('/');
    expect(first.matches(':focus')).toBe(true);
    expect(input.matches(':focus')).toBe(false);
  });
});

describe('<entity-search with-notes>', () => {
  it('lists words found in the notes apart, in an "In the notes" group, and opens the slide on Enter', async () => {
    const el = document.createElement('entity-search');
    el.withNotes = true;
    el.graph = fixtureGraph();
    const opened: unknown[] = [];
    el.addEventListener('notes-open', (e) => opened.push((e as CustomEvent).detail));
    document.body.append(el);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.type(input, 'power base');
    await expect.poll(() => el.shadowRoot!.querySelectorAll('[aria-labelledby="g-notes"] [role="option"]').length).toBeGreaterThanOrEqual(2);
    const group = el.shadowRoot!.querySelector('[aria-labelledby="g-notes"]')!;
    expect(el.shadowRoot!.getElementById('g-notes')!.textContent).toBe('In the notes');
    const hits = [...group.querySelectorAll('[role="option"]')].map((o) => (o.textContent ?? '').replace(/\s+/g, ' '));
    expect(hits.some((h) => h.includes('Slide 33'))).toBe(true);
    expect(hits.some((h) => h.includes('Slide 40'))).toBe(true);
    // Down past the entity suggestions (none match) to the first hit, then Enter.
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(opened).toEqual([{ slide: 33, mark: 'power base' }]);
  });
});
