import { afterEach, describe, expect, it } from 'vitest';
import notes from 'virtual:allegiance-notes';
import { draftFor } from '../../app/authoring/draft';
import type { AuthoringEdit } from '../../app/authoring/apply-edit';
import './authoring-dialog';

afterEach(() => document.body.replaceChildren());

const KIROV = "strong probability Kirov's murder had been approved, if not planned by Stalin himself";
const entities = [
  { id: 'kirov-murder', label: 'Murder of Kirov' },
  { id: 'stalin', label: 'Joseph Stalin' },
];
const types = [
  { id: 'allied-with', label: 'allied with', description: 'worked together as allies' },
  { id: 'caused', label: 'caused', description: 'brought about, led to, triggered' },
];

async function mount(mode: 'relation' | 'alias') {
  const r = draftFor(mode, { text: KIROV, slide: 57 }, notes.slides, [
    { id: 'stalin', name: 'Stalin' },
    { id: 'kirov-murder', name: "Kirov's murder" },
  ]);
  if (!r.ok) throw new Error(r.reason);
  const el = document.createElement('authoring-dialog');
  el.entities = entities;
  el.types = types;
  el.draft = r.draft;
  document.body.append(el);
  await el.updateComplete;
  const edits: AuthoringEdit[] = [];
  el.addEventListener('authoring-submit', (e) => edits.push(e.detail.edit));
  return { el, root: el.shadowRoot!, edits };
}

const field = <T extends HTMLElement>(root: ShadowRoot, id: string) => root.querySelector<T>(`#${id}`)!;

describe('<authoring-dialog> (the real notes, slide 57)', () => {
  it('opens as a modal form prefilled from the selection, and sends the relation with a year from outside the notes marked', async () => {
    const { el, root, edits } = await mount('relation');
    expect(root.querySelector('dialog')!.open).toBe(true);
    expect(field<HTMLSelectElement>(root, 'source').value).toBe('kirov-murder');
    expect(field<HTMLSelectElement>(root, 'target').value).toBe('stalin');
    expect(field<HTMLSelectElement>(root, 'certainty').value).toBe('suspected');
    expect(field<HTMLInputElement>(root, 'start').value).toBe('1934');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Swap direction')!.click();
    const start = field<HTMLInputElement>(root, 'start');
    start.value = '1936';
    start.dispatchEvent(new Event('input'));
    const type = field<HTMLSelectElement>(root, 'type');
    type.value = 'caused';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.textContent).toContain('1936 is not in the notes');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(edits).toEqual([{ kind: 'relation', source: 'stalin', target: 'kirov-murder', type: 'caused', start: 1936, end: null, certainty: 'suspected', dateSource: 'outside-notes', slide: 57, quote: KIROV }]);
  });

  it('shows the pipeline’s problems in the form, the fields kept', async () => {
    const { el, root } = await mount('relation');
    el.problems = ['relations/my-edits.yaml, line 3: the type "caused" does not allow a person as its target'];
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('does not allow a person');
    expect(field<HTMLSelectElement>(root, 'source').value).toBe('kirov-murder');
  });

  it('adds the selection as an alias of the entity chosen', async () => {
    const { root, edits } = await mount('alias');
    const entity = field<HTMLSelectElement>(root, 'entity');
    entity.value = 'stalin';
    entity.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(edits).toEqual([{ kind: 'alias', entity: 'stalin', alias: KIROV }]);
  });
});
