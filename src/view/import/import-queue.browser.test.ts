// <import-queue> in Chromium on real suggestions (the engine on the project's Italy fixture), driven by the keyboard
// as a user would: A, R, J/K and arrows, E (edit form), M (merge by name), and the visible buttons.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import typesYaml from '../../../graph-data/relation-types.yaml?raw';
import md from '../../model/import/fixtures/italy-1919-43.md?raw';
import { type QueueState, createQueue, items, status } from '../../app/import/queue';
import { readMarkdown } from '../../model/import/read-text';
import { relationTypesFromYaml } from '../../model/import/relation-types';
import { suggestImport } from '../../model/import/suggest';
import './import-queue';

const relationTypes = relationTypesFromYaml(typesYaml);

afterEach(() => document.body.replaceChildren());

/** The queue, with a parent that applies its changes as the dialog does. */
async function mount() {
  const s = suggestImport(readMarkdown(md), { relationTypes });
  const el = document.createElement('import-queue');
  el.state = createQueue(s);
  el.notes = s.notes;
  el.types = relationTypes;
  const sent: { resuggest: boolean }[] = [];
  el.addEventListener('import-queue-change', (e) => {
    el.state = e.detail.state;
    sent.push(e.detail);
  });
  document.body.append(el);
  await el.updateComplete;
  el.focus();
  return { el, sent };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const heading = (el: HTMLElement) => root(el).querySelector('section.review h4')!.textContent!.trim();
const press = async (el: HTMLElement, keys: string) => {
  await userEvent.keyboard(keys);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};
const statusOf = (state: QueueState, label: string) => status(items(state).find((i) => i.group === 'entities' && i.entity.label === label)!);

describe('<import-queue>', () => {
  it('lists the shortcuts, starts on the first entity with its kind cue, mentions and a mention in context', async () => {
    const { el } = await mount();
    const text = root(el).textContent!;
    expect(text).toContain('Keys: A accept · R reject · E edit · M merge · J/↓ next · K/↑ previous');
    expect(text).toContain('Suggested entities');
    expect(text).toContain('Suggested relations');
    expect(root(el).activeElement).toBe(root(el).querySelector('section.review'));
    const first = items(el.state!)[0]!;
    if (first.group !== 'entities') throw new Error('entities come first');
    expect(heading(el)).toBe(first.entity.label);
    expect(root(el).querySelector('section.review dl')!.textContent).toContain(first.entity.kindCue);
    expect(root(el).querySelector('section.review blockquote mark')!.textContent!.length).toBeGreaterThan(0);
    for (const name of ['Accept', 'Reject', 'Edit', 'Merge', 'Previous suggestion (K)', 'Next suggestion (J)']) {
      expect([...root(el).querySelectorAll('.actions button')].some((b) => b.getAttribute('aria-label')!.startsWith(name)), name).toBe(true);
    }
  });

  it('A accepts and moves on, R rejects, J/K and the arrow keys move', async () => {
    const { el } = await mount();
    const [a, b] = items(el.state!).map((i) => (i.group === 'entities' ? i.entity.label : ''));
    await press(el, 'a');
    expect(statusOf(el.state!, a!)).toBe('accepted');
    expect(heading(el)).toBe(b);
    await press(el, 'r');
    expect(statusOf(el.state!, b!)).toBe('rejected');
    await press(el, 'k');
    await press(el, 'k');
    expect(heading(el)).toBe(a);
    await press(el, '{ArrowDown}');
    expect(heading(el)).toBe(b);
    await press(el, '{ArrowUp}');
    await press(el, 'j');
    expect(heading(el)).toBe(b);
    expect(root(el).querySelector('.summary')!.textContent).toContain('1 accepted · 1 rejected');
  });

  it('E opens the edit form with focus in the name; Enter saves and accepts; Escape closes it', async () => {
    const { el } = await mount();
    await press(el, 'e');
    const form = root(el).querySelector('queue-edit-form')!;
    await form.updateComplete;
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('input[name="label"]')!;
    expect(form.shadowRoot!.activeElement).toBe(name);
    await userEvent.clear(name);
    await userEvent.type(name, 'Il Duce');
    // Letters typed in a field are text, not shortcuts.
    expect(root(el).querySelector('queue-edit-form')).not.toBeNull();
    await press(el, '{Enter}');
    expect(heading(el)).toBe('Il Duce');
    expect(statusOf(el.state!, 'Il Duce')).toBe('accepted');
    await press(el, 'e');
    await root(el).querySelector('queue-edit-form')!.updateComplete;
    await press(el, '{Escape}');
    expect(root(el).querySelector('queue-edit-form')).toBeNull();
  });

  it('M merges the entity into another typed by name; the merge shows with Undo merge, which undoes it', async () => {
    const { el, sent } = await mount();
    const fasci = items(el.state!).findIndex((i) => i.group === 'entities' && i.entity.label === 'Fasci');
    for (let n = 0; n < fasci; n++) await press(el, 'j');
    expect(heading(el)).toBe('Fasci');
    await press(el, 'm');
    const form = root(el).querySelector('queue-edit-form')!;
    await form.updateComplete;
    await userEvent.type(form.shadowRoot!.querySelector('input[name="into"]')!, 'Fasci di Combattimento');
    await press(el, '{Enter}');
    expect(heading(el)).toBe('Fasci di Combattimento');
    expect(items(el.state!).some((i) => i.group === 'entities' && i.entity.label === 'Fasci')).toBe(false);
    const undo = root(el).querySelector<HTMLButtonElement>('button[aria-label="Undo merge of Fasci"]')!;
    expect(undo.textContent).toBe('Undo merge');
    await userEvent.click(undo);
    await el.updateComplete;
    expect(items(el.state!).some((i) => i.group === 'entities' && i.entity.label === 'Fasci')).toBe(true);
    expect(sent.at(-1)!.resuggest).toBe(false);
  });

  it('"Accept all remaining strong suggestions" is a visible button; weak hints sit in their own marked group', async () => {
    const { el } = await mount();
    await userEvent.click(root(el).querySelector<HTMLButtonElement>('button.all')!);
    await el.updateComplete;
    expect(root(el).querySelector('.summary')!.textContent).toMatch(/[1-9]\d* accepted/);
    if (items(el.state!).some((i) => i.group === 'hints')) expect(root(el).querySelector('h3.group.hints')!.textContent).toContain('no cue word (not added to the dataset)');
  });
});
