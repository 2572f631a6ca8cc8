import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './app-notice';

afterEach(() => document.body.replaceChildren());

describe('<app-notice>', () => {
  it('keeps a polite status region, shows a message and can be dismissed', async () => {
    const el = document.createElement('app-notice');
    let dismissed = 0;
    el.addEventListener('notice-dismiss', () => dismissed++);
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent!.trim()).toBe('');
    el.message = 'Part of this link was ignored: unknown entity “stalinn”.';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).toBe(status);
    expect(status.textContent).toContain('unknown entity “stalinn”');
    await userEvent.click(status.querySelector('button')!);
    expect(dismissed).toBe(1);
  });
});
