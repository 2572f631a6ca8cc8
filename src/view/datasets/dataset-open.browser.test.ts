import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './dataset-open';

afterEach(() => document.body.replaceChildren());

async function mount(props: Partial<HTMLElementTagNameMap['dataset-open']> = {}) {
  const el = document.createElement('dataset-open');
  Object.assign(el, { label: 'Bolshevik and Stalinist Russia 1918–56 (built in)', ...props });
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

describe('<dataset-open>', () => {
  it('names the shown dataset, opens from the keyboard with labelled pickers, and Escape closes back to its button', async () => {
    const el = await mount();
    expect(el.shadowRoot!.textContent).toContain('Dataset: Bolshevik and Stalinist Russia 1918–56 (built in)');
    const toggle = $<HTMLButtonElement>(el, 'button.toggle');
    expect(toggle.textContent).toBe('Open dataset');
    expect($<HTMLElement>(el, '#menu').hidden).toBe(true);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($<HTMLElement>(el, '#menu').hidden).toBe(false);
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.pick input')];
    expect(inputs.map((i) => i.closest('label')!.textContent!.trim())).toEqual(['Pick a folder', 'Pick files']);
    expect(inputs[0]!.hasAttribute('webkitdirectory')).toBe(true);
    expect(inputs[1]!.multiple).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(inputs[0]);
    expect(el.shadowRoot!.textContent).toContain('None yet');
    expect(el.shadowRoot!.querySelector('.builtin')).toBeNull();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($<HTMLElement>(el, '#menu').hidden).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(toggle);
  });

  it('sends the picked files up and closes', async () => {
    const el = await mount();
    const got: File[][] = [];
    el.addEventListener('dataset-files', (e) => got.push(e.detail.files));
    await userEvent.click($(el, 'button.toggle'));
    const files = [new File(['- id: a\n'], 'people.yaml'), new File(['1 of 1\n'], 'notes.txt')];
    await userEvent.upload($<HTMLInputElement>(el, '.pick input[multiple]'), files);
    expect(got.map((list) => list.map((f) => f.name))).toEqual([['people.yaml', 'notes.txt']]);
    await el.updateComplete;
    expect($<HTMLElement>(el, '#menu').hidden).toBe(true);
  });

  it('lists saved datasets, marks the shown one, and offers the way back to the built-in notes', async () => {
    const saved = [
      { id: 'u1', name: 'my-notes', savedAt: '2026-12-01T10:00:00.000Z', fileCount: 9 },
      { id: 'u2', name: 'tudors', savedAt: '2026-11-30T10:00:00.000Z', fileCount: 4 },
    ];
    const el = await mount({ label: 'my-notes', currentId: 'u1', saved, status: 'Checking the data…' });
    const chosen: (string | null)[] = [];
    el.addEventListener('dataset-choose', (e) => chosen.push(e.detail.id));
    expect($(el, '[role="status"]').textContent).toBe('Checking the data…');
    await userEvent.click($(el, 'button.toggle'));
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')];
    expect(items.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['my-notes (9 files, 2026-12-01)', 'tudors (4 files, 2026-11-30)']);
    expect(items.map((b) => b.getAttribute('aria-current'))).toEqual(['true', 'false']);
    await userEvent.click(items[1]!);
    await userEvent.click($(el, 'button.toggle'));
    await userEvent.click($(el, 'button.builtin'));
    expect(chosen).toEqual(['u2', null]);
  });
});
