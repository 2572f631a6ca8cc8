import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { relationRows } from '../../app/explorer/relation-rows';
import { fixtureGraph, fixtureNotes } from '../../app/shared/test-fixture';
import { indexNotes } from '../../app/shared/notes-index';
import { listCsv } from '../../app/explorer/list-export';
import './relation-list';
import type { RelationList } from './relation-list';

afterEach(() => document.body.replaceChildren());

const graph = fixtureGraph();
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount() {
  const el = document.createElement('relation-list');
  el.rows = relationRows(graph, graph.edges(), indexNotes(fixtureNotes()));
  el.caption = 'Relations in view, all years';
  const chosen: string[] = [];
  const changes: { filter?: string; quotes?: boolean }[] = [];
  el.addEventListener('relation-select', (e) => chosen.push(e.detail.key));
  el.addEventListener('list-change', (e) => changes.push(e.detail));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, chosen, changes };
}

const firstCells = (el: RelationList, col: number) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => text(tr.children[col]));

describe('<relation-list>', () => {
  it('is a real table with a caption and column headers', async () => {
    const { root } = await mount();
    expect(text(root.querySelector('caption'))).toMatch(/^Relations in view, all years: 8 relations/);
    expect([...root.querySelectorAll('th')].map((th) => [th.getAttribute('scope'), text(th.querySelector('button'))])).toEqual([
      ['col', 'Source↕'],
      ['col', 'Relation↕'],
      ['col', 'Target↕'],
      ['col', 'Dates▲'],
      ['col', 'Slides↕'],
    ]);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(8);
  });

  it('marks dates from outside the notes and suspected relations', async () => {
    const { root } = await mount();
    const z = root.querySelector('tr[data-edge="zinoviev>allied-with>stalin@1923"]')!;
    expect(text(z)).toContain('1923–1925 date not in the notes');
    expect(text(root.querySelector('tr[data-edge="stalin>killed>kirov@1934-12"]'))).toContain('killed suspected');
  });

  it('sorts by a column, both ways, with aria-sort', async () => {
    const { el, root } = await mount();
    const sourceHeader = root.querySelectorAll('th')[0]!;
    await userEvent.click(sourceHeader.querySelector('button')!);
    await el.updateComplete;
    expect(sourceHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(root.querySelectorAll('th')[3]!.getAttribute('aria-sort')).toBe('none');
    expect(firstCells(el, 0)[0]).toBe('Grigory Zinoviev');
    await userEvent.click(sourceHeader.querySelector('button')!);
    await el.updateComplete;
    expect(sourceHeader.getAttribute('aria-sort')).toBe('descending');
    expect(firstCells(el, 0)[0]).toBe('Vladimir Lenin');
  });

  it('is keyboard navigable: one tab stop, arrows move, Enter selects', async () => {
    const { el, root, chosen } = await mount();
    const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    rows()[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    expect(root.activeElement).toBe(rows()[2]);
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual([rows()[2]!.dataset.edge]);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(root.activeElement).toBe(rows().at(-1));
  });

  it('selects a row on click and shows the selected one', async () => {
    const { el, root, chosen } = await mount();
    await userEvent.click(root.querySelector('tr[data-edge="stalin>purged>zinoviev@1936"] td')!);
    expect(chosen).toEqual(['stalin>purged>zinoviev@1936']);
    el.selectedEdge = 'stalin>purged>zinoviev@1936';
    await el.updateComplete;
    expect(root.querySelector('tr[aria-current="true"]')!.getAttribute('data-edge')).toBe('stalin>purged>zinoviev@1936');
  });

  it('says so when nothing is in view', async () => {
    const { el, root } = await mount();
    el.rows = [];
    await el.updateComplete;
    expect(text(root.querySelector('.empty'))).toContain('No relation is in view');
  });

  it('filters as you type, by a labelled box, and sends the filter up once typing pauses or on Enter', async () => {
    const { el, root, changes } = await mount();
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(text(root.querySelector(`label[for="${input.id}"]`))).toBe('Filter relations');
    await userEvent.type(input, 'purged');
    await el.updateComplete;
    expect(firstCells(el, 1)).toEqual(['purged', 'purged']);
    expect(text(root.querySelector('caption'))).toMatch(/^Relations in view, all years: 2 of 8 relations matching “purged”/);
    await userEvent.keyboard('{Enter}');
    expect(changes.at(-1)).toEqual({ filter: 'purged' });
    // The state's value comes back down: the box keeps it.
    el.filter = 'purged';
    await el.updateComplete;
    expect(input.value).toBe('purged');
  });

  it('shows a filter from the URL and says when nothing matches', async () => {
    const { el, root } = await mount();
    el.filter = 'triumvirate';
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('triumvirate');
    expect(firstCells(el, 0)).toEqual(['Grigory Zinoviev']);
    el.filter = 'nothing like this';
    await el.updateComplete;
    expect(text(root.querySelector('.empty'))).toContain('No relation in view matches “nothing like this”');
    expect(root.querySelector<HTMLButtonElement>('.exports button')!.disabled).toBe(true);
  });

  it('shows each row’s quotes verbatim with the slide number when asked, without opening the relation from "Add to plan"', async () => {
    const { el, root, chosen, changes } = await mount();
    expect(root.querySelector('note-excerpt')).toBeNull();
    await userEvent.click(root.querySelector('.quotes-toggle input')!);
    expect(changes.at(-1)).toEqual({ quotes: true });
    el.quotes = true;
    await el.updateComplete;
    const row = root.querySelector('tr[data-edge="stalin>killed>kirov@1934-12"]')!;
    const excerpt = row.querySelector('note-excerpt')!;
    await excerpt.updateComplete;
    expect(text(excerpt.shadowRoot!.querySelector('blockquote'))).toBe('Stalin had Kirov killed, some suspect');
    expect(text(excerpt.shadowRoot!.querySelector('figcaption'))).toContain('Slide 3 · The purges');
    expect(text(root.querySelectorAll('thead th')[5])).toBe('Quotes');
    expect(root.querySelectorAll('tbody note-excerpt')).toHaveLength(8);
    expect(chosen).toEqual([]);
  });

  it('exports exactly the rows it shows, in the order shown', async () => {
    const { el, root } = await mount();
    el.filter = 'stalin';
    await el.updateComplete;
    await userEvent.click(root.querySelectorAll('th button')[2]!); // sort by target
    await el.updateComplete;
    expect(el.shownRows.map((r) => r.targetLabel)).toEqual(firstCells(el, 2));
    const csv = listCsv(el.shownRows);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + el.shownRows.reduce((n, r) => n + r.evidence.length, 0));
    const names = [...root.querySelectorAll('.exports button')].map((b) => text(b));
    expect(names).toEqual(['Export CSV', 'Export Markdown']);
  });
});
