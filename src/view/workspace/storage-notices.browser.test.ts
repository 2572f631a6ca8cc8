import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './storage-notices';

afterEach(() => document.body.replaceChildren());

describe('<storage-notices>', () => {
  it('renders nothing without notices; lists each with a named Dismiss button and offers Export backup', async () => {
    const el = document.createElement('storage-notices');
    const fired: string[] = [];
    el.addEventListener('storage-notice-dismiss', (e) => fired.push(`dismiss:${(e as CustomEvent<{ id: string }>).detail.id}`));
    el.addEventListener('backup-export', () => fired.push('export'));
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section')).toBeNull();
    el.notices = [
      { id: 'q1', tone: 'problem', message: 'A saved plan (id "x") could not be read: bad. It is kept aside, not deleted, and is included when you export a backup.' },
      { id: 'storage:unavailable', tone: 'warning', message: 'This browser does not let Allegiance save.' },
    ];
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('section')!;
    expect(el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.textContent).toBe('Saved work');
    const dismiss = [...section.querySelectorAll('li button')];
    expect(dismiss).toHaveLength(2);
    // Each Dismiss is described by its own message, so a screen reader knows which one it closes.
    expect(el.shadowRoot!.getElementById(dismiss[1]!.getAttribute('aria-describedby')!)!.textContent).toBe('This browser does not let Allegiance save.');
    await userEvent.click(dismiss[0]!);
    await userEvent.click([...section.querySelectorAll('button')].find((b) => b.textContent === 'Export backup')!);
    expect(fired).toEqual(['dismiss:q1', 'export']);
  });
});
