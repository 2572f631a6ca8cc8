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

  it('plays a teacher\'s range at a teacher\'s speed: 1922–1925 at 2 s per year', async () => {
    vi.useFakeTimers();
    const { el, play, changes } = await mount(null);
    el.play = { from: 1922, to: 1925, secondsPerYear: 2, pauseStory: null };
    await el.updateComplete;
    play.click();
    vi.advanceTimersByTime(1999);
    expect(changes.map((c) => c.year)).toEqual([1922]);
    vi.advanceTimersByTime(2000 * 10);
    await el.updateComplete;
    expect(changes.map((c) => c.year)).toEqual([1922, 1923, 1924, 1925]);
    expect(el.playing).toBe(false);
  });

  it('pauses at each pause point (a storyline step) and goes on from there when Play is pressed again', async () => {
    vi.useFakeTimers();
    const { el, play, changes, root } = await mount(null);
    el.play = { from: 1922, to: 1929, secondsPerYear: 1, pauseStory: null };
    el.pauseAt = [1924, 1927];
    await el.updateComplete;
    play.click();
    vi.advanceTimersByTime(1000 * 10);
    await el.updateComplete;
    expect(changes.map((c) => c.year)).toEqual([1922, 1923, 1924]);
    expect(el.playing).toBe(false);
    expect(root.querySelector('.paused')!.textContent).toContain('Paused at 1924');
    play.click();
    vi.advanceTimersByTime(1000 * 10);
    await el.updateComplete;
    expect(changes.map((c) => c.year)).toEqual([1922, 1923, 1924, 1925, 1926, 1927]);
    play.click();
    vi.advanceTimersByTime(1000 * 10);
    expect(changes.map((c) => c.year).slice(6)).toEqual([1928, 1929]);
  });

  it('Play options: From, To and Speed send play-change, labelled and keyboard operable', async () => {
    const { el, root } = await mount(1925);
    const sent: unknown[] = [];
    el.addEventListener('play-change', (e) => sent.push(e.detail));
    const settings = root.querySelector('play-settings')!;
    await settings.updateComplete;
    const sr = settings.shadowRoot!;
    const toggle = sr.querySelector<HTMLButtonElement>('button[aria-controls="form"]')!;
    expect(toggle.textContent).toContain('Play options');
    await userEvent.click(toggle);
    await settings.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const from = sr.querySelector<HTMLSelectElement>('#from')!;
    expect(from.labels?.[0]?.textContent).toBe('From');
    await userEvent.selectOptions(from, '1922');
    expect(sent.at(-1)).toEqual({ from: 1922, to: null, secondsPerYear: 0.8, pauseStory: null });
    const speed = sr.querySelector<HTMLSelectElement>('#speed')!;
    expect(speed.labels?.[0]?.textContent).toBe('Speed');
    const speeds = [...speed.options].map((o) => Number(o.value));
    expect([speeds[0], speeds.at(-1), speeds.length]).toEqual([0.4, 3, 14]);
    expect(speed.value).toBe('0.8');
    await userEvent.selectOptions(speed, '1.6');
    expect(sent.at(-1)).toMatchObject({ secondsPerYear: 1.6 });
  });

  it('Play options ask for the storylines when opened, and offer to pause at the steps of one', async () => {
    const { el, root } = await mount(1925);
    const sent: unknown[] = [];
    let asked = 0;
    el.addEventListener('play-change', (e) => sent.push(e.detail));
    el.addEventListener('play-options-open', () => asked++);
    const settings = root.querySelector('play-settings')!;
    await settings.updateComplete;
    const sr = settings.shadowRoot!;
    await userEvent.click(sr.querySelector<HTMLButtonElement>('button[aria-controls="form"]')!);
    expect(asked).toBe(1);
    el.stories = [{ id: 'power-struggle', title: 'The power struggle, 1922–29' }];
    await el.updateComplete;
    await settings.updateComplete;
    const pause = sr.querySelector<HTMLSelectElement>('#pause')!;
    expect(pause.labels?.[0]?.textContent).toBe('Pause at the steps of');
    expect([...pause.options].map((o) => o.textContent?.trim())).toEqual(['No storyline', 'The power struggle, 1922–29']);
    await userEvent.selectOptions(pause, 'power-struggle');
    expect(sent.at(-1)).toMatchObject({ pauseStory: 'power-struggle' });
  });
});
