import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../shared/test-fixture';
import { builtInDataset, runtimeDataset } from './shown-dataset';

describe('shown datasets', () => {
  it('labels the built-in notes with their title and "(built in)", with no id', () => {
    const graph = fixtureGraph();
    const shown = builtInDataset({ ok: true, graph: graph.export(), problems: [], notes: { title: 'x', slides: [] }, positions: { a: { x: 1, y: 2 } } });
    expect(shown.id).toBeNull();
    expect(shown.label).toBe(`${graph.getAttribute('notesTitle')} (built in)`);
    expect(shown.loaded.graph?.order).toBe(graph.order);
    expect(shown.positions).toEqual({ a: { x: 1, y: 2 } });
  });

  it('keeps the placing problems ahead of the validator’s and shows no graph then', () => {
    const graph = fixtureGraph();
    const placing = [{ file: 'd/notes/', line: 1, code: 'missing-notes', message: 'no notes', fix: 'pick them' }];
    const shown = runtimeDataset('u1', 'd', { ok: true, graph: graph.export(), problems: [] }, placing);
    expect(shown.loaded).toEqual({ graph: null, problems: placing });
    const ok = runtimeDataset('u1', 'd', { ok: true, graph: graph.export(), problems: [] });
    expect(ok.label).toBe('d');
    expect(ok.loaded.graph?.size).toBe(graph.size);
  });
});
