import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './dataset-menu';

afterEach(() => document.body.replaceChildren());

const LABEL = 'Bolshevik and Stalinist Russia 1918–56 (built in)';

async function mount(props: Partial<HTMLElementTagNameMap['dataset-menu']> = {}) {
  const after = document.createElement('button');
  after.textContent = 'After';
  const el = document.createElement('dataset-menu');
  Object.assign(el, { label: LABEL, exportable: true, ...props });
  document.body.append(el, after);
  await el.updateComplete;
  return { el, after };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const toggle = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('button.toggle')!;
const popup = (el: HTMLElement) => root(el).querySelector<HTMLElement>('#dataset-popup')!;
const actions = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')].map((b) => b.textContent!.trim());
const focused = (el: HTMLElement) => (root(el).activeElement as HTMLElement | null)?.textContent?.trim() ?? null;
async function key(el: HTMLElementTagNameMap['dataset-menu'], keys: string) {
  await userEvent.keyboard(keys);
  await el.updateComplete;
}

describe('<dataset-menu>', () => {
  it('names the shown dataset on its button, a menu button controlling a popup that starts closed', async () => {
    const { el } = await mount();
    const button = toggle(el);
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).toBe(`Dataset: ${LABEL}▾`);
    expect(button.getAttribute('aria-haspopup')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe('dataset-popup');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(popup(el).hidden).toBe(true);
  });

  it('opens from Enter at the first action; arrows, Home and End move; Escape closes back to the button', async () => {
    const { el } = await mount({ undo: 'Added “Stalin purged Kamenev”' });
    toggle(el).focus();
    await key(el, '{Enter}');
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    expect(actions(el)).toEqual(['Open dataset…', 'Import notes', 'Export dataset (.zip)', 'Undo last edit']);
    expect(focused(el)).toBe('Open dataset…');
    await key(el, '{ArrowDown}');
    expect(focused(el)).toBe('Import notes');
    await key(el, '{End}');
    expect(focused(el)).toBe('Undo last edit');
    await key(el, '{ArrowDown}');
    expect(focused(el)).toBe('Open dataset…');
    await key(el, '{ArrowUp}');
    expect(focused(el)).toBe('Undo last edit');
    await key(el, '{Home}');
    expect(focused(el)).toBe('Open dataset…');
    await key(el, '{Escape}');
    expect(popup(el).hidden).toBe(true);
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    expect(root(el).activeElement).toBe(toggle(el));
  });

  it('opens from Space and ArrowDown at the first action, ArrowUp at the last; Tab leaves and closes', async () => {
    const { el, after } = await mount();
    toggle(el).focus();
    await key(el, ' ');
    expect(focused(el)).toBe('Open dataset…');
    await key(el, '{Escape}');
    await key(el, '{ArrowDown}');
    expect(focused(el)).toBe('Open dataset…');
    await key(el, '{Escape}');
    await key(el, '{ArrowUp}');
    expect(focused(el)).toBe('Export dataset (.zip)');
    await key(el, '{Tab}');
    expect(document.activeElement).toBe(after);
    expect(popup(el).hidden).toBe(true);
  });

  it('offers no export on a dataset with problems, and no undo without an edit', async () => {
    const { el } = await mount({ exportable: false });
    await userEvent.click(toggle(el));
    expect(actions(el)).toEqual(['Open dataset…', 'Import notes']);
  });

  it('sends each action up, closed and with focus on its button', async () => {
    const { el } = await mount({ undo: 'Added a relation' });
    const got: string[] = [];
    el.addEventListener('notes-import-open', () => got.push('import'));
    el.addEventListener('authoring-command', (e) => got.push(e.detail.command));
    for (const name of ['Import notes', 'Export dataset (.zip)', 'Undo last edit']) {
      await userEvent.click(toggle(el));
      const item = [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === name)!;
      await userEvent.click(item);
      await el.updateComplete;
      expect(popup(el).hidden, name).toBe(true);
      expect(root(el).activeElement, name).toBe(toggle(el));
    }
    expect(got).toEqual(['import', 'export-zip', 'undo']);
  });

  it('"Open dataset…" shows the pickers in the popup; a pick is sent up and closes it; a click outside closes it', async () => {
    const { el, after } = await mount();
    const files: string[][] = [];
    el.addEventListener('dataset-files', (e) => files.push(e.detail.files.map((f) => f.name)));
    await userEvent.click(toggle(el));
    await userEvent.click(root(el).querySelector<HTMLButtonElement>('.actions button')!);
    await el.updateComplete;
    const panel = root(el).querySelector('dataset-open')!;
    expect(panel.hidden).toBe(false);
    expect(root(el).querySelector<HTMLElement>('.actions')!.hidden).toBe(true);
    const first = panel.shadowRoot!.querySelector<HTMLInputElement>('.pick input')!;
    expect(panel.shadowRoot!.activeElement).toBe(first);
    await userEvent.upload(panel.shadowRoot!.querySelector<HTMLInputElement>('.pick input[multiple]')!, [new File(['1 of 1\n'], 'notes.txt')]);
    await el.updateComplete;
    expect(files).toEqual([['notes.txt']]);
    expect(popup(el).hidden).toBe(true);
    expect(root(el).activeElement).toBe(toggle(el));
    await userEvent.click(toggle(el));
    expect(popup(el).hidden).toBe(false);
    await userEvent.click(after);
    await el.updateComplete;
    expect(popup(el).hidden).toBe(true);
  });

  it('shows what is under way beside the button', async () => {
    const { el } = await mount({ status: 'Checking the data…', progress: 0.4 });
    expect(root(el).querySelector('[role="status"]')!.textContent).toBe('Checking the data…');
    expect(root(el).querySelector('progress')!.value).toBe(40);
  });
});
