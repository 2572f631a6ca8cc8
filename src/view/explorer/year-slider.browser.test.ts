import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './year-slider';
import { PLAY_STEP_MS } from './year-slider';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

interface Change {
  year: number | null;
  transient: boolean;
}

/** Mount a slider wired like the app: year changes flow back down. */
async function mount(year: number | null = null) {
  const el = document.createElement('year-slider');
  el.from = 1917;
  el.to = 1953;
  el.year = year;
  const changes: Change[] = [];
  const modes: string[] = [];
  el.addEventListener('year-change', (e) => {
    const detail = e.detail;
    changes.push(detail);
    el.year = detail.year;
  });
  el.addEventListener('year-mode-change', (e) => {
    modes.push(e.detail.mode);
    el.mode = e.detail.mode;
  });
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    el,
    changes,
    modes,
    range: root.querySelector<HTMLInputElement>('input[type="range"]')!,
    all: root.querySelector<HTMLInputElement>('input[type="checkbox"]')!,
    play: [...root.querySelectorAll('button')].find((b) => /Play|Pause/.test(b.textContent!))!,
    root,
  };
}

describe('<year-slider>', () => {
  it('is a range named "Year" over the period, with "All years" on when no year is set', async () => {
    const { range, all, root } = await mount();
    expect(range.getAttribute('aria-label')).toBe('Year');
    expect([range.min, range.max]).toEqual(['1917', '1953']);
    expect(all.checked).toBe(true);
    expect(all.labels?.[0]?.textContent).toContain('All years');
    expect(root.querySelector('output')!.textContent).toContain('All years');
  });

  it('is keyboard operable: arrows step the year', async () => {
    const { el, range, changes } = await mount(1925);
    range.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(changes.at(-1)).toEqual({ year: 1926, transient: true });
    expect(el.shadowRoot!.querySelector('output')!.textContent).toContain('1926');
    await userEvent.keyboard('{Home}');
    expect(changes.at(-1)!.year).toBe(1917);
  });

  it('"All years" toggles between null and the last year', async () => {
    const { el, all, changes } = await mount(1930);
    await userEvent.click(all);
    expect(changes.at(-1)!.year).toBeNull();
    await el.updateComplete;
    await userEvent.click(all);
    expect(changes.at(-1)!.year).toBe(1930);
  });

  it('unticking "All years" starts at the year the slider shows: the selected entity\'s year, else the end, never the first year', async () => {
    const { el, all, range, changes } = await mount(null);
    expect(range.value).toBe('1953');
    el.rest = 1934;
    await el.updateComplete;
    expect(range.value).toBe('1934');
    expect(range.getAttribute('aria-valuetext')).toBe('All years (rests on 1934)');
    await userEvent.click(all);
    expect(changes.at(-1)).toEqual({ year: 1934, transient: false });
    const plain = await mount(null);
    await userEvent.click(plain.all);
    expect(plain.changes.at(-1)!.year).toBe(1953);
  });

  it('plays one year per step and stops at the end', async () => {
    vi.useFakeTimers();
    const { el, play, changes } = await mount(1950);
    play.click();
    await el.updateComplete;
    expect(play.textContent).toContain('Pause');
    vi.advanceTimersByTime(PLAY_STEP_MS * 10);
    await el.updateComplete;
    expect(changes.map((c) => c.year)).toEqual([1950, 1951, 1952, 1953]);
    expect(changes.every((c) => c.transient)).toBe(true);
    expect(el.playing).toBe(false);
    expect(play.textContent).toContain('Play');
  });

  it('plays from the start when showing all years, and pauses', async () => {
    vi.useFakeTimers();
    const { el, play, changes } = await mount(null);
    play.click();
    vi.advanceTimersByTime(PLAY_STEP_MS * 2);
    play.click();
    vi.advanceTimersByTime(PLAY_STEP_MS * 5);
    await el.updateComplete;
    expect(changes.map((c) => c.year)).toEqual([1917, 1918, 1919]);
    expect(el.playing).toBe(false);
  });

  it('chooses hide or fade', async () => {
    const { root, modes } = await mount(1925);
    const fade = root.querySelector<HTMLInputElement>('input[value="fade"]')!;
    expect(fade.labels?.[0]?.textContent).toContain('Fade');
    await userEvent.click(fade);
    expect(modes).toEqual(['fade']);
  });
});
