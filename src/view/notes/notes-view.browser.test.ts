import { afterEach, describe, expect, it } from 'vitest';
import notes from 'virtual:allegiance-notes';
import { mentionLinks } from '../../app/notes/mention-links';
import { realGraph, text } from '../shared/test-real-data';
import './notes-view';

afterEach(() => document.body.replaceChildren());

async function mount(slide: number | null, mark: string | null) {
  const el = document.createElement('notes-view');
  el.style.height = '400px';
  el.notes = notes;
  el.links = mentionLinks(realGraph().graph);
  el.slide = slide;
  el.mark = mark;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<notes-view> (the real notes)', () => {
  it('shows all 68 slides with their titles, sub-headings and bullets verbatim', async () => {
    const el = await mount(null, null);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('section')).toHaveLength(68);
    const bullets = [...root.querySelectorAll('section[data-slide="33"] li')].map(text);
    expect(bullets[0]).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo');
    expect(text(root.querySelector('section[data-slide="33"] h4'))).toBe('Attitudes towards Trotsky');
    expect(text(root.querySelector('#h-33'))).toBe("Slide 33 The Power Struggle after Lenin's Death");
  });

  it('makes every name a button that selects its entity', async () => {
    const el = await mount(null, null);
    const names = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('section[data-slide="33"] li:first-child button.name')];
    expect(names.map(text)).toEqual(expect.arrayContaining(['Kamanev', 'Zinoviev', 'Stalin']));
    const got: string[] = [];
    el.addEventListener('entity-select', (e) => got.push((e as CustomEvent<{ id: string }>).detail.id));
    names.find((b) => text(b) === 'Stalin')!.click();
    expect(got).toHaveLength(1);
    expect(realGraph().graph.getNodeAttribute(got[0]!, 'label')).toMatch(/Stalin/);
  });

  it('marks the quote on its slide only and scrolls it into view', async () => {
    const el = await mount(40, 'Stalin won because Trotsky lacked a power base');
    const marks = [...el.shadowRoot!.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent).join('').replace(/\s+/g, ' ')).toBe('Stalin won because Trotsky lacked a power base');
    expect(marks.every((m) => m.closest('section')!.dataset.slide === '40')).toBe(true);
    const box = el.getBoundingClientRect();
    const at = marks[0]!.getBoundingClientRect();
    expect(at.top).toBeGreaterThanOrEqual(box.top);
    expect(at.bottom).toBeLessThanOrEqual(box.bottom);
    expect(el.scrollTop).toBeGreaterThan(0);
  });
});
