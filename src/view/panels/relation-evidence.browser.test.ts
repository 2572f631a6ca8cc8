import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { indexNotes } from '../../app/shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../../app/shared/test-fixture';
import { tracedRelation } from '../../app/tracing/traced-relation';
import './relation-evidence';
import { text } from '../shared/test-real-data';

afterEach(() => document.body.replaceChildren());

const graph = fixtureGraph();
const notes = indexNotes(fixtureNotes());

async function mount(edge: string, open = false, step = '') {
  const el = document.createElement('relation-evidence');
  el.relation = tracedRelation(graph, notes, edge);
  el.open = open;
  el.step = step;
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

describe('<relation-evidence>', () => {
  it('reads as a sentence with its step, dates and caveats', async () => {
    const { root, el } = await mount('zinoviev>allied-with>stalin@1923', false, 'Alliance');
    expect(text(root.querySelector('p'))).toBe('Alliance: Grigory Zinoviev allied with Joseph Stalin, 1923–1925 date not in the notes');
    expect(el.dataset.tone).toBe('friendly');
    const kirov = await mount('stalin>killed>kirov@1934-12');
    expect(text(kirov.root.querySelector('p'))).toContain('suspected');
  });

  it('keeps the quotes behind a disclosure unless open', async () => {
    const { root } = await mount('zinoviev>allied-with>stalin@1923');
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(text(root.querySelector('summary'))).toBe('Evidence for Grigory Zinoviev allied with Joseph Stalin (slide 2)');
    await userEvent.click(root.querySelector('summary')!);
    expect(details.open).toBe(true);
    const quote = root.querySelector('note-excerpt')!;
    await quote.updateComplete;
    expect(text(quote.shadowRoot!.querySelector('blockquote'))).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate');
    expect(text(quote.shadowRoot!.querySelector('figcaption'))).toBe('Slide 2 · The power struggle');
  });

  it('shows the quotes at once when open', async () => {
    const { root } = await mount('stalin>purged>zinoviev@1936', true);
    expect(root.querySelector('details')).toBeNull();
    expect(root.querySelectorAll('note-excerpt').length).toBe(1);
  });
});
