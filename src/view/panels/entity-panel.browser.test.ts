import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { entityDetails } from '../../app/panels/details';
import { indexNotes } from '../../app/shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../../app/shared/test-fixture';
import { timelineView } from '../../app/panels/timeline-view';
import './entity-panel';
import { GROUP_RELATIONS_OVER } from './entity-panel';
import { realGraph } from '../shared/test-real-data';
import type { NoteExcerpt } from './note-excerpt';

afterEach(() => document.body.replaceChildren());

const graph = fixtureGraph();
const notes = indexNotes(fixtureNotes());

async function mount(id: string, shownEdges: ReadonlySet<string> | null = null) {
  const el = document.createElement('entity-panel');
  el.details = entityDetails(graph, notes, id);
  el.shownEdges = shownEdges;
  el.year = shownEdges ? 1925 : null;
  const events: [string, unknown][] = [];
  for (const type of ['entity-select', 'relation-select', 'panel-close'] as const) el.addEventListener(type, (e) => events.push([type, e.detail]));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events };
}

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<entity-panel>', () => {
  it('heads with the label and shows kind, dates (marked from outside the notes) and summary', async () => {
    const { root } = await mount('zinoviev');
    expect(text(root.querySelector('h2'))).toBe('Grigory Zinoviev');
    expect(text(root.querySelector('.meta'))).toBe('person · 1883–1936 dates not in the notes');
    expect(text(root.querySelector('.summary'))).toBe('Grigory Zinoviev, a Bolshevik.');
  });

  it('lists relations chronologically as readable sentences with caveats', async () => {
    const { root } = await mount('zinoviev');
    const items = [...root.querySelectorAll('.relations > li .text')].map((li) => text(li));
    expect(items).toEqual(['1923–1925: allied with Joseph Stalin date not in the notes', '1936: was purged by Joseph Stalin']);
    const kirov = await mount('kirov');
    expect(text(kirov.root.querySelector('.relations > li .text'))).toContain('Dec 1934: was killed by Joseph Stalin suspected');
  });

  it('expands a relation to its evidence, with slide number and title', async () => {
    const { el, root, events } = await mount('zinoviev');
    const toggle = root.querySelector<HTMLButtonElement>('.relations > li .toggle')!;
    const region = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    const quote = region.querySelector('note-excerpt')!;
    await quote.updateComplete;
    expect(text(quote.shadowRoot!.querySelector('blockquote'))).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate');
    expect(text(quote.shadowRoot!.querySelector('figcaption'))).toBe('Slide 2 · The power struggle');
    await userEvent.click([...region.querySelectorAll('button')].find((b) => b.textContent === 'Relation details')!);
    expect(events).toContainEqual(['relation-select', { key: 'zinoviev>allied-with>stalin@1923' }]);
  });

  it('shows every excerpt that names it, the name marked and the slide cited', async () => {
    const { root } = await mount('zinoviev');
    const excerpts = [...root.querySelectorAll<NoteExcerpt>('.excerpts note-excerpt')];
    expect(excerpts).toHaveLength(2);
    await (excerpts[0] as NoteExcerpt).updateComplete;
    const shadow = excerpts[0]!.shadowRoot!;
    expect(text(shadow.querySelector('blockquote'))).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo');
    expect([...shadow.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Zinoviev']);
    expect(text(shadow.querySelector('figcaption'))).toBe('Slide 2 · The power struggle');
  });

  it('selects a related entity from its link', async () => {
    const { root, events } = await mount('zinoviev');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.relations button.link')!);
    expect(events).toEqual([['entity-select', { id: 'stalin' }]]);
  });

  it('marks relations outside the current view', async () => {
    const { root } = await mount('zinoviev', new Set(['zinoviev>allied-with>stalin@1923']));
    const items = [...root.querySelectorAll('.relations > li')];
    expect(items.map((li) => li.classList.contains('out'))).toEqual([false, true]);
    expect(text(items[1])).toContain('not in the current view of 1925');
  });

  it('closes from its button and with Escape', async () => {
    const { root, events } = await mount('zinoviev');
    const close = root.querySelector<HTMLButtonElement>('button[aria-label="Close Grigory Zinoviev"]')!;
    await userEvent.click(close);
    root.querySelector<HTMLButtonElement>('.toggle')!.focus();
    await userEvent.keyboard('{Escape}');
    expect(events).toEqual([
      ['panel-close', null],
      ['panel-close', null],
    ]);
  });

  it('resets expanded relations when another entity is shown', async () => {
    const { el, root } = await mount('zinoviev');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.toggle')!);
    el.details = entityDetails(graph, notes, 'kamenev');
    await el.updateComplete;
    expect(text(root.querySelector('h2'))).toBe('Lev Kamenev');
    expect(root.querySelector('.toggle')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('renders nothing without details', async () => {
    const el = document.createElement('entity-panel');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section')).toBeNull();
  });

  it('tells the entity’s timeline, chart and sentences, only for the entity it shows', async () => {
    const { el, root } = await mount('zinoviev');
    expect([...root.querySelectorAll('h3')].map(text)).not.toContain('Timeline');
    el.timeline = timelineView(graph, 'zinoviev');
    await el.updateComplete;
    const heads = [...root.querySelectorAll('h3')].map(text);
    expect(heads[0]).toBe('Timeline');
    const timeline = root.querySelector('entity-timeline')!;
    await timeline.updateComplete;
    // Each sentence, with the relation's note (when it has one) beneath it.
    const items = [...timeline.shadowRoot!.querySelectorAll('ol.sentences li')];
    expect(items.map((li) => text(li).replace(text(li.querySelector('.note') ?? document.createElement('i')), ''))).toEqual([
      '1923–1925 (date not in the notes): allied with Joseph Stalin (slide 2)',
      '1936: was purged by Joseph Stalin (slide 3)',
    ]);
    expect(items.map((li) => li.querySelector('.note')?.textContent ?? null)).toEqual(['The triumvirate.', null]);
    expect(timeline.year).toBeNull();
    // A timeline left over from another entity is not shown.
    el.details = entityDetails(graph, notes, 'kamenev');
    await el.updateComplete;
    expect(root.querySelector('entity-timeline')).toBeNull();
  });

  it('groups a long list of relations by period, only the period of the year open, each a disclosure reachable by keyboard', async () => {
    const real = realGraph();
    const el = document.createElement('entity-panel');
    el.details = entityDetails(real.graph, real.notes, 'stalin');
    el.year = 1925;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(el.details!.relations.length).toBeGreaterThan(GROUP_RELATIONS_OVER);
    const groups = [...root.querySelectorAll<HTMLDetailsElement>('details.period')];
    expect(groups.map((g) => text(g.querySelector('summary')).replace(/ \(\d+ relations?\)$/, ''))).toEqual(expect.arrayContaining(['1917–21', '1922–28', '1929–40', '1941–56']));
    expect(groups.filter((g) => g.open).map((g) => g.dataset.period)).toEqual(['1922-28']);
    // Every relation is in exactly one group; the counts in the headings add up.
    const counted = groups.reduce((n, g) => n + Number(/\((\d+) relations?\)/.exec(text(g.querySelector('summary')))![1]), 0);
    expect(counted).toBe(el.details!.relations.length);
    expect(root.querySelectorAll('details.period .relations > li')).toHaveLength(el.details!.relations.length);
    // Closed groups' relations are not rendered visible.
    const hidden = root.querySelector<HTMLElement>('details.period[data-period="1941-56"] .relations > li')!;
    expect(hidden.checkVisibility()).toBe(false);
    // Open an older period from the keyboard.
    const older = root.querySelector<HTMLDetailsElement>('details.period[data-period="1917-21"]')!;
    older.querySelector('summary')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => older.open).toBe(true);
    // Another year opens its own period.
    el.year = 1937;
    await el.updateComplete;
    expect(root.querySelector<HTMLDetailsElement>('details.period[data-period="1929-40"]')!.open).toBe(true);
    expect(root.querySelector<HTMLDetailsElement>('details.period[data-period="1922-28"]')!.open).toBe(false);
  });

  it('keeps a short list of relations flat', async () => {
    const { root } = await mount('stalin');
    expect(root.querySelector('details.period')).toBeNull();
    expect(root.querySelectorAll('.relations > li').length).toBeGreaterThan(0);
  });
});
