import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../shared/test-fixture';
import { DEFAULT_STATE, type ViewState } from '../shell/view-state';
import { shownEdges, visibleView } from './visible';

const graph = fixtureGraph();
const view = (change: Partial<ViewState>) => visibleView(graph, { ...DEFAULT_STATE, ...change });
const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);
const Z_ALLY = 'zinoviev>allied-with>stalin@1923';
const Z_PURGE = 'stalin>purged>zinoviev@1936';

describe('visibleView', () => {
  it('shows everything when nothing narrows the view', () => {
    const v = view({});
    expect(v.visibleNodes).toBeNull();
    expect(v.visibleEdges).toBeNull();
    expect(v.mode).toBe('hide');
    expect(shownEdges(graph, v)).toHaveLength(graph.size);
  });

  it('keeps the relations in force in a year and the entities active then', () => {
    const in1925 = view({ year: 1925 });
    expect(in1925.visibleEdges?.has(Z_ALLY)).toBe(true);
    expect(in1925.visibleEdges?.has(Z_PURGE)).toBe(false);
    expect(in1925.visibleNodes?.has('lenin')).toBe(false); // died 1924
    expect(in1925.visibleNodes?.has('politburo')).toBe(true); // undated: always active
    const in1936 = view({ year: 1936 });
    expect(in1936.visibleEdges?.has(Z_ALLY)).toBe(false);
    expect(in1936.visibleEdges?.has(Z_PURGE)).toBe(true);
    expect(in1936.visibleNodes?.has('kirov')).toBe(false); // killed 1934
  });

  it('passes the year mode through', () => {
    expect(view({ year: 1925, yearMode: 'fade' }).mode).toBe('fade');
  });

  it('filters by kind: relations need both ends shown', () => {
    const v = view({ kinds: new Set(['person']) });
    expect(v.visibleNodes?.has('nep')).toBe(false);
    expect(v.visibleNodes?.has('stalin')).toBe(true);
    expect(v.visibleEdges?.has('lenin>introduced>nep@1921')).toBe(false);
    expect(v.visibleEdges?.has(Z_ALLY)).toBe(true);
  });

  it('filters by relation type and tone, dropping entities left with no relation', () => {
    const purges = view({ types: new Set(['purged']) });
    expect(sorted(purges.visibleEdges)).toEqual(['stalin>purged>kamenev@1936', Z_PURGE]);
    expect(sorted(purges.visibleNodes)).toEqual(['kamenev', 'stalin', 'zinoviev']);
    const friendly = view({ tones: new Set(['friendly']) });
    expect(sorted(friendly.visibleEdges)).toEqual(['kamenev>allied-with>stalin@1923', Z_ALLY]);
  });

  it('focus keeps the neighbourhood of the selection within n steps', () => {
    const one = view({ selected: 'zinoviev', focus: 1 });
    expect(sorted(one.visibleNodes)).toEqual(['stalin', 'zinoviev']);
    expect(sorted(one.visibleEdges)).toEqual([Z_PURGE, Z_ALLY].sort());
    const two = view({ selected: 'zinoviev', focus: 2 });
    expect(two.visibleNodes?.has('trotsky')).toBe(true);
    expect(two.visibleNodes?.has('lenin')).toBe(false);
    expect(two.visibleNodes?.has('nep')).toBe(false);
    // Focus walks only what the year shows: in 1936 Zinoviev's only tie is the purge, and Trotsky is out of reach.
    expect(sorted(view({ selected: 'zinoviev', focus: 1, year: 1936 }).visibleNodes)).toEqual(['stalin', 'zinoviev']);
    expect(sorted(view({ selected: 'zinoviev', focus: 3, year: 1936 }).visibleNodes)).toEqual(['kamenev', 'politburo', 'stalin', 'zinoviev']);
  });

  it('ignores focus without a selection and keeps the selection shown', () => {
    expect(view({ focus: 2 }).visibleNodes).toBeNull();
    expect(view({ selected: 'lenin', year: 1930 }).visibleNodes?.has('lenin')).toBe(true);
  });

  it('passes the selection through, dropping unknown ids, and adds no emphasis', () => {
    const v = view({ selected: 'zinoviev', edge: Z_ALLY, year: 1925 });
    expect(v.selectedNode).toBe('zinoviev');
    expect(v.selectedEdge).toBe(Z_ALLY);
    expect(v.highlightNodes).toBeNull();
    expect(v.highlightEdges).toBeNull();
    expect(view({ selected: 'nobody', edge: 'nope' })).toMatchObject({ selectedNode: null, selectedEdge: null });
  });

  it('derives every year of a graph of 200 entities and 600 relations with the focus inside the kept kinds', async () => {
    const { makeGraph } = await import('../../model/queries/fixtures');
    const n = 200;
    const entities = Array.from({ length: n }, (_, i) => [`n${i}`, `Entity ${i}`, i % 3 ? 'person' : 'faction', String(1900 + (i % 30)), String(1930 + (i % 25))] as [string, string, 'person', string, string]);
    const relations = Array.from({ length: 600 }, (_, i) => [`e${i}`, `n${i % n}`, i % 2 ? 'allied-with' : 'purged', `n${(i * 7 + 3) % n}`, String(1917 + (i % 36)), i % 2 ? String(1920 + (i % 33)) : undefined] as [string, string, string, string, string, string | undefined]);
    const big = makeGraph(entities, relations);
    // Speed is measured by `npm run bench`; here, every year's view is well formed.
    for (let y = 1917; y <= 1953; y++) {
      const v = visibleView(big, { ...DEFAULT_STATE, year: y, kinds: new Set(['person']), selected: 'n1', focus: 2 });
      for (const id of v.visibleNodes ?? []) expect(big.getNodeAttribute(id, 'kind')).toBe('person');
    }
  });
});
