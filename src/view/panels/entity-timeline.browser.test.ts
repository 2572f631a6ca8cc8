import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { timelineView } from '../../app/panels/timeline-view';
import './entity-timeline';
import { FIRST_SENTENCES } from './entity-timeline';
import { realGraph, text } from '../shared/test-real-data';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function mount(id: string) {
  const { graph } = realGraph();
  const el = document.createElement('entity-timeline');
  el.timeline = timelineView(graph, id);
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

describe('<entity-timeline>', () => {
  it('tells the entity’s story in dated sentences, in order, beside the chart', async () => {
    const { root } = await mount('bukharin');
    const lines = [...root.querySelectorAll('ol.sentences li')].map(text);
    expect(lines[0]).toMatch(/^1921: supported New Economic Policy/);
    expect(lines.some((l) => l.includes('was purged by Joseph Stalin'))).toBe(true);
    expect(root.querySelector('ol.sentences')!.getAttribute('aria-label')).toBe('Timeline of Nikolai Bukharin, in order');
    expect(root.querySelector('swimlane-chart')).not.toBeNull();
  });

  it('shows the first sentences of a busy entity, then all on request', async () => {
    const { root, el } = await mount('stalin');
    const total = el.timeline!.entries.length;
    expect(total).toBeGreaterThan(FIRST_SENTENCES);
    expect(root.querySelectorAll('ol.sentences li').length).toBe(FIRST_SENTENCES);
    await userEvent.click([...root.querySelectorAll('button')].find((b) => text(b) === `Show all ${total} sentences`)!);
    expect(root.querySelectorAll('ol.sentences li').length).toBe(total);
  });

  it('sets off the dates and their caveat', async () => {
    const { root } = await mount('bukharin');
    const alliance = [...root.querySelectorAll('ol.sentences li')].find((li) => text(li).includes('allied with Joseph Stalin'))!;
    expect(text(alliance.querySelector('.when'))).toBe('1925–1928');
    expect(text(alliance.querySelector('.caveat'))).toBe('(date not in the notes)');
  });

  it('shows a relation\'s note beneath its sentence: why it is hedged', async () => {
    const { root, el } = await mount('kirov');
    const opposed = [...root.querySelectorAll('ol.sentences li')].find((li) => text(li).includes('was opposed by Joseph Stalin'));
    expect(opposed, 'Stalin opposing Kirov is in Kirov\'s timeline').toBeTruthy();
    expect(text(opposed!)).toContain('(suspected)');
    expect(text(opposed!.querySelector('.note'))).toMatch(/feared/);
    expect(el.timeline!.text).toMatch(/note: The notes say Stalin "feared" Kirov/);
  });

  it('copies the timeline as text with the Clipboard API', async () => {
    const { root, el } = await mount('bukharin');
    const write = vi.fn(async (_t: string) => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: write } as unknown as Clipboard);
    await userEvent.click([...root.querySelectorAll('button')].find((b) => text(b) === 'Copy as text')!);
    await el.updateComplete;
    expect(write).toHaveBeenCalledOnce();
    expect(write.mock.calls[0]![0]).toMatch(/^Timeline of Nikolai Bukharin \(person\)\n=+\n- 1921: /);
    expect(text(root.querySelector('[role="status"]'))).toBe('Copied the timeline of Nikolai Bukharin.');
  });

  it('falls back to execCommand, then to showing the text to copy by hand', async () => {
    const { root, el } = await mount('bukharin');
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    const exec = vi.spyOn(document, 'execCommand').mockReturnValue(true);
    const copy = () => userEvent.click([...root.querySelectorAll('button')].find((b) => text(b) === 'Copy as text')!);
    await copy();
    await el.updateComplete;
    expect(exec).toHaveBeenCalledWith('copy');
    expect(text(root.querySelector('[role="status"]'))).toBe('Copied the timeline of Nikolai Bukharin.');
    exec.mockReturnValue(false);
    await copy();
    await el.updateComplete;
    const area = root.querySelector('textarea')!;
    expect(area.value).toMatch(/^Timeline of Nikolai Bukharin/);
    expect(area.labels?.[0]?.textContent).toBe('Timeline of Nikolai Bukharin as text');
    expect(text(root.querySelector('[role="status"]'))).toMatch(/select the text below/);
  });
});
