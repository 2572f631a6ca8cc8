import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { relationDetails } from '../../app/panels/details';
import { indexNotes } from '../../app/shared/notes-index';
import { fixtureGraph, fixtureNotes } from '../../app/shared/test-fixture';
import './relation-panel';

afterEach(() => document.body.replaceChildren());

const graph = fixtureGraph();
const notes = indexNotes(fixtureNotes());
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(key: string, backTo: string | null = null) {
  const el = document.createElement('relation-panel');
  el.details = relationDetails(graph, notes, key);
  el.backTo = backTo;
  const events: [string, unknown][] = [];
  for (const type of ['entity-select', 'panel-close'] as const) el.addEventListener(type, (e) => events.push([type, e.detail]));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events };
}

describe('<relation-panel>', () => {
  it('shows type, both ends, dates, certainty, date source, note and evidence', async () => {
    const { root } = await mount('zinoviev>allied-with>stalin@1923');
    expect(text(root.querySelector('.type'))).toBe('allied with (friendly)');
    expect(text(root.querySelector('h2'))).toBe('Grigory Zinoviev allied with Joseph Stalin');
    const facts = Object.fromEntries([...root.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toEqual({
      From: 'Grigory Zinoviev',
      To: 'Joseph Stalin',
      Dates: '1923–1925 date not in the notes',
      Certainty: 'stated in the notes',
      'Date source': 'outside the notes (a standard textbook date)',
    });
    expect(text(root.querySelector('.note'))).toBe('The triumvirate.');
    const quote = root.querySelector('note-excerpt')!;
    await quote.updateComplete;
    expect(text(quote.shadowRoot!.querySelector('figcaption'))).toBe('Slide 2 · The power struggle');
  });

  it('marks a suspected relation', async () => {
    const { root } = await mount('stalin>killed>kirov@1934-12');
    expect(text(root.querySelector('h2'))).toBe('Joseph Stalin killed Sergei Kirov');
    expect(root.querySelector('.badge.suspected')).not.toBeNull();
  });

  it('selects either end', async () => {
    const { root, events } = await mount('stalin>purged>zinoviev@1936');
    const [from, to] = [...root.querySelectorAll<HTMLButtonElement>('dd button.link')];
    await userEvent.click(from!);
    await userEvent.click(to!);
    expect(events).toEqual([
      ['entity-select', { id: 'stalin' }],
      ['entity-select', { id: 'zinoviev' }],
    ]);
  });

  it('closes, or goes back to the entity it was opened from', async () => {
    const plain = await mount('stalin>purged>zinoviev@1936');
    await userEvent.click(plain.root.querySelector<HTMLButtonElement>('button[aria-label="Close relation"]')!);
    expect(plain.events).toEqual([['panel-close', null]]);
    document.body.replaceChildren();
    const back = await mount('stalin>purged>zinoviev@1936', 'Grigory Zinoviev');
    const button = back.root.querySelector<HTMLButtonElement>('button.back')!;
    expect(text(button)).toBe('← Back to Grigory Zinoviev');
    button.focus();
    await userEvent.keyboard('{Escape}');
    expect(back.events).toEqual([['panel-close', null]]);
  });
});
