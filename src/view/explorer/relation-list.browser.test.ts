import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { relationRows } from '../../app/explorer/relation-rows';
import { fixtureGraph } from '../../app/shared/test-fixture';
import './relation-list';
import type { RelationList } from './relation-list';

afterEach(() => document.body.replaceChildren());

const graph = fixtureGraph();
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount() {
  const el = document.createElement('relation-list');
  el.rows = relationRows(graph, graph.edges());
  el.caption = 'Relations in view, all years';
  const chosen: string[] = [];
  el.addEventListener('relation-select', (e) => chosen.push(e.detail.key));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, chosen };
}

const firstCells = (el: RelationList, col: number) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => text(tr.children[col]));

describe('<relation-list>', () => {
  it('is a real table with a caption and column headers', async () => {
    const { root } = await mount();
    expect(text(root.querySelector('caption'))).toMatch(/^Relations in view, all years: 8 relations/);
    expect([...root.querySelectorAll('th')].map((th) => [th.getAttribute('scope'), text(th.querySelector('button') ?? th)])).toEqual([
      ['col', 'Source↕'],
      ['col', 'Relation↕'],
      ['col', 'Target↕'],
      ['col', 'Dates▲'],
      ['col', 'Slides↕'],
      ['col', 'Add to plan'],
    ]);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(8);
  });

  it('each row has "Add to plan" for its whole relation; using it does not open the row', async () => {
    const { root, el } = await mount();
    const chosen: string[] = [];
    el.addEventListener('relation-select', (e) => chosen.push(e.detail.key));
    const adds: unknown[] = [];
    el.addEventListener('plan-add', (e) => adds.push(e.detail));
    const row = root.querySelector<HTMLTableRowElement>('tbody tr')!;
    const add = row.querySelector('add-to-plan')!;
    await add.updateComplete;
    add.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await add.updateComplete;
    add.shadowRoot!.querySelector<HTMLButtonElement>('[role="menuitem"]')!.click();
    expect(adds).toEqual([{ paragraph: null, ref: { kind: 'relation-all', edge: row.dataset.edge, from: 'list' } }]);
    expect(chosen).toEqual([]);
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
});
