import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DEFAULT_TOOL_STATE, type ToolState } from '../../app/tracing/tool-state';
import { toolDeriver } from '../../app/tracing/tool-view';
import { realGraph, text } from '../shared/test-real-data';
import './tool-panel';

afterEach(() => document.body.replaceChildren());

async function mount(change: Partial<ToolState>) {
  const { graph, notes } = realGraph();
  const state = { ...DEFAULT_TOOL_STATE, ...change };
  const el = document.createElement('tool-panel');
  el.graph = graph;
  el.period = { from: 1917, to: 1953 };
  el.state = state;
  el.data = toolDeriver(graph, notes)(state);
  const events: Partial<ToolState>[] = [];
  el.addEventListener('tool-change', (e) => events.push(e.detail));
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, events };
}

describe('<tool-panel>', () => {
  it('shows nothing with no tool open', async () => {
    const { root } = await mount({});
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows each tool with its state and data', async () => {
    const b = await mount({ tool: 'betrayals', betrayal: 'stalin>opposed>zinoviev@1925' });
    const view = b.root.querySelector('betrayals-view')!;
    expect(view.selected).toBe('stalin>opposed>zinoviev@1925');
    expect(view.tracing!.betrayals.length).toBeGreaterThan(0);
    const p = await mount({ tool: 'path', pathFrom: 'trotsky', pathTo: 'kirov', pathIndex: 1 });
    const path = p.root.querySelector('path-tool')!;
    expect(path.chosen).toBe(1);
    expect(path.result!.paths.length).toBe(5);
    const c = await mount({ tool: 'compare', compareA: 1924, compareB: 1929, compareShow: 'began' });
    expect(c.root.querySelector('year-compare')!.changes!.began.length).toBeGreaterThan(0);
    const r = await mount({ tool: 'rank', rankFrom: 1924, size: 'degree' });
    expect(r.root.querySelector('rank-list')!.ranking!.fromYear).toBe(1924);
    expect(r.root.querySelector('rank-list')!.size).toBe('degree');
  });

  it('closes with its button or Escape, and can focus the tool’s heading', async () => {
    const { el, root, events } = await mount({ tool: 'compare' });
    const close = root.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('Close Compare');
    await userEvent.click(close);
    expect(events).toEqual([{ tool: null }]);
    el.focusHeading();
    const compare = root.querySelector('year-compare')!;
    expect(compare.shadowRoot!.activeElement?.localName).toBe('h2');
    expect(text(compare.shadowRoot!.activeElement)).toBe('Compare two years');
    await userEvent.keyboard('{Escape}');
    expect(events.at(-1)).toEqual({ tool: null });
    expect(events.length).toBe(2);
  });
});
