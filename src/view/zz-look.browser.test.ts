import { it } from 'vitest';
import { page } from 'vitest/browser';
import { compareView } from '../app/compare-view';
import { pathResult } from '../app/path-view';
import { rankView } from '../app/rank-view';
import { timelineView } from '../app/timeline-view';
import { tracing } from '../app/tracing';
import './betrayals-view';
import './entity-timeline';
import './path-tool';
import './rank-list';
import { realGraph } from './test-real-data';
import './year-compare';

async function shot(el: HTMLElement, name: string, parts = 3) {
  const frame = document.createElement('div');
  frame.style.cssText = 'width: 27rem; height: 740px; overflow: hidden; background: #fff;';
  const box = document.createElement('div');
  box.style.cssText = 'padding: 0.75rem 1.1rem; font-family: system-ui, sans-serif;';
  box.append(el);
  frame.append(box);
  document.body.replaceChildren(frame);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < parts; i++) {
    box.style.transform = `translateY(-${i * 700}px)`;
    if (i * 700 > box.scrollHeight) break;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await page.screenshot({ path: `__screenshots__/look-${name}-${i}.png`, element: frame });
  }
}

it('looks', async () => {
  const { graph, notes } = realGraph();
  const b = document.createElement('betrayals-view');
  b.tracing = tracing(graph, notes);
  b.selected = 'stalin>opposed>zinoviev@1925';
  await shot(b, 'betrayals');
  const p = document.createElement('path-tool');
  p.graph = graph; p.from = 'trotsky'; p.to = 'kirov';
  p.result = pathResult(graph, notes, { from: 'trotsky', to: 'kirov', fromYear: null, toYear: null, tones: null });
  await shot(p, 'path');
  const c = document.createElement('year-compare');
  c.yearA = 1924; c.yearB = 1929; c.changes = compareView(graph, notes, 1924, 1929);
  await shot(c, 'compare');
  const r = document.createElement('rank-list');
  r.ranking = rankView(graph, null, null, 'betweenness');
  await shot(r, 'rank');
  const t = document.createElement('entity-timeline');
  t.timeline = timelineView(graph, 'bukharin'); t.year = 1928;
  await shot(t, 'timeline');
  const t2 = document.createElement('entity-timeline');
  t2.timeline = timelineView(graph, 'stalin');
  await shot(t2, 'timeline-stalin');
});
