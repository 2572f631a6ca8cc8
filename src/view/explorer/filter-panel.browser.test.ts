import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './filter-panel';
import type { FilterPanel } from './filter-panel';
import type { FilterChange } from '../shared/events';

afterEach(() => document.body.replaceChildren());

async function mount() {
  const el = document.createElement('filter-panel');
  el.kindOptions = [
    { id: 'person', label: 'Person', count: 6 },
    { id: 'policy', label: 'Policy', count: 1 },
  ];
  el.typeOptions = [
    { id: 'allied-with', label: 'allied with', count: 2, tone: 'friendly' },
    { id: 'purged', label: 'purged', count: 2, tone: 'hostile' },
  ];
  el.toneOptions = [
    { id: 'friendly', label: 'Friendly', count: 2, tone: 'friendly' },
    { id: 'hostile', label: 'Hostile', count: 3, tone: 'hostile' },
    { id: 'neutral', label: 'Neutral', count: 3, tone: 'neutral' },
  ];
  const changes: FilterChange[] = [];
  el.addEventListener('filter-change', (e) => {
    const change = e.detail;
    changes.push(change);
    Object.assign(el, change.focus !== undefined ? { focusSteps: change.focus } : change);
  });
  document.body.append(el);
  await el.updateComplete;
  return { el, changes, root: el.shadowRoot! };
}

const checkbox = (el: FilterPanel, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((c) => c.labels?.[0]?.textContent?.trim().startsWith(name))!;

describe('<filter-panel>', () => {
  it('labels every control and groups them', async () => {
    const { root } = await mount();
    const legends = [...root.querySelectorAll('legend')].map((l) => l.textContent!.trim().split(' (')[0]);
    expect(legends).toEqual(['Focus on selection', 'Entity kinds', 'Tones', 'Relation types']);
    for (const input of root.querySelectorAll('input')) expect(input.labels?.length).toBeGreaterThan(0);
    for (const button of root.querySelectorAll('button')) expect(button.getAttribute('aria-label') ?? button.textContent).toBeTruthy();
  });

  it('unchecking a kind narrows to the rest; rechecking it clears the filter', async () => {
    const { el, changes } = await mount();
    await userEvent.click(checkbox(el, 'Policy'));
    expect([...changes.at(-1)!.kinds!]).toEqual(['person']);
    await el.updateComplete;
    expect(checkbox(el, 'Policy').checked).toBe(false);
    await userEvent.click(checkbox(el, 'Policy'));
    expect(changes.at(-1)!.kinds).toBeNull();
  });

  it('"None" and "All" set a whole group', async () => {
    const { root, changes } = await mount();
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[aria-label="Hide all relation types"]')!);
    expect(changes.at(-1)!.types!.size).toBe(0);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[aria-label="Show all relation types"]')!);
    expect(changes.at(-1)!.types).toBeNull();
  });

  it('sets focus steps, hinting that a selection is needed', async () => {
    const { el, root, changes } = await mount();
    expect(root.querySelector('#focus-hint')!.textContent).toContain('Select an entity');
    el.selectionLabel = 'Joseph Stalin';
    await el.updateComplete;
    expect(root.querySelector('#focus-hint')!.textContent).toContain('Joseph Stalin');
    const two = [...root.querySelectorAll<HTMLInputElement>('input[name="focus"]')].find((r) => r.labels?.[0]?.textContent?.includes('2 steps'))!;
    await userEvent.click(two);
    expect(changes.at(-1)).toEqual({ focus: 2 });
  });
});
