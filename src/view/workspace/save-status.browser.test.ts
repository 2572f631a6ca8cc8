import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './save-status';

afterEach(() => document.body.replaceChildren());

describe('<save-status>', () => {
  it('says Saving…, Saved, and Not saved with the reason in one polite status region; failure offers Retry and Export backup', async () => {
    const el = document.createElement('save-status');
    const fired: string[] = [];
    el.addEventListener('save-retry', () => fired.push('retry'));
    el.addEventListener('backup-export', () => fired.push('export'));
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent!.trim()).toBe('');
    el.state = 'saving';
    await el.updateComplete;
    expect(status.textContent!.trim()).toBe('Saving…');
    el.state = 'saved';
    await el.updateComplete;
    expect(status.textContent!.trim()).toBe('Saved');
    expect(el.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
    el.state = 'not-saved';
    el.reason = 'the browser’s storage for this site is full';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).toBe(status);
    expect(status.textContent!.trim()).toBe('Not saved — the browser’s storage for this site is full');
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Retry saving', 'Export backup']);
    buttons[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(buttons[1]!);
    expect(fired).toEqual(['retry', 'export']);
  });
});
