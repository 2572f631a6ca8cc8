import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ToolState } from '../../app/tracing/tool-state';
import './tool-bar';
import { text } from '../shared/test-real-data';

afterEach(() => document.body.replaceChildren());

describe('<tool-bar>', () => {
  it('is a labelled group of toggle buttons that open and close a tool', async () => {
    const el = document.createElement('tool-bar');
    const events: Partial<ToolState>[] = [];
    el.addEventListener('tool-change', (e) => events.push(e.detail));
    document.body.append(el);
    await el.updateComplete;
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    expect(text(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!))).toBe('Tools');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map(text)).toEqual(['Betrayals', 'Path', 'Compare', 'Who mattered']);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    await userEvent.click(buttons[2]!);
    expect(events).toEqual([{ tool: 'compare' }]);
    el.tool = 'compare';
    await el.updateComplete;
    expect(buttons[2]!.getAttribute('aria-pressed')).toBe('true');
    buttons[2]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(events.at(-1)).toEqual({ tool: null });
  });
});
