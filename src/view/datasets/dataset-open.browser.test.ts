import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './dataset-open';

afterEach(() => document.body.replaceChildren());

async function mount(props: Partial<HTMLElementTagNameMap['dataset-open']> = {}) {
  const el = document.createElement('dataset-open');
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

describe('<dataset-open>', () => {
  it('has labelled pickers for a folder and for files, and focuses the first', async () => {
    const el = await mount();
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.pick input')];
    expect(inputs.map((i) => i.closest('label')!.textContent!.trim())).toEqual(['Pick a folder', 'Pick files']);
    expect(inputs[0]!.hasAttribute('webkitdirectory')).toBe(true);
    expect(inputs[1]!.multiple).toBe(true);
    el.focusFirst();
    expect(el.shadowRoot!.activeElement).toBe(inputs[0]);
    expect(el.shadowRoot!.textContent).toContain('None yet');
    expect(el.shadowRoot!.querySelector('.builtin')).toBeNull();
  });

  it('sends the picked files up', async () => {
    const el = await mount();
    const got: File[][] = [];
    el.addEventListener('dataset-files', (e) => got.push(e.detail.files));
    const files = [new File(['- id: a\n'], 'people.yaml'), new File(['1 of 1\n'], 'notes.txt')];
    await userEvent.upload($<HTMLInputElement>(el, '.pick input[multiple]'), files);
    expect(got.map((list) => list.map((f) => f.name))).toEqual([['people.yaml', 'notes.txt']]);
  });

  it('lists saved datasets, marks the shown one, and offers the way back to the built-in notes', async () => {
    const saved = [
      { id: 'u1', name: 'my-notes', savedAt: '2026-12-01T10:00:00.000Z', fileCount: 9 },
      { id: 'u2', name: 'tudors', savedAt: '2026-11-30T10:00:00.000Z', fileCount: 4 },
    ];
    const el = await mount({ currentId: 'u1', saved });
    const chosen: (string | null)[] = [];
    el.addEventListener('dataset-choose', (e) => chosen.push(e.detail.id));
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')];
    expect(items.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['my-notes (9 files, 2026-12-01)', 'tudors (4 files, 2026-11-30)']);
    expect(items.map((b) => b.getAttribute('aria-current'))).toEqual(['true', 'false']);
    await userEvent.click(items[1]!);
    await userEvent.click($(el, 'button.builtin'));
    expect(chosen).toEqual(['u2', null]);
  });
});
