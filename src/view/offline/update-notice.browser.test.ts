import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './update-notice';
import { offlineSupported } from '../../platform/offline';

afterEach(() => document.body.replaceChildren());

describe('<update-notice>', () => {
  it('says nothing until a new version waits; then "Update available" with Reload, which alone applies it; Later hides it', async () => {
    // The dev server (these tests) has no service worker: registration is skipped, nothing is shown.
    expect(offlineSupported()).toBe(false);
    const el = document.createElement('update-notice');
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).toBe('');

    let applied = 0;
    el.waiting = { apply: () => void applied++ };
    await el.updateComplete;
    expect(status.textContent).toContain('Update available');
    expect(applied).toBe(0); // never by itself
    const reload = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Reload')!;
    await userEvent.click(reload);
    expect(applied).toBe(1);

    const later = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Later')!;
    later.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(status.textContent!.trim()).toBe('');
  });
});
