import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, TONES } from '../../model/types';
import { decodeState, encodeState, mergeState, noticeText, type Vocabulary } from './url-state';
import { DEFAULT_STATE, sameState, type Focus, type ViewState } from './view-state';

const ENTITIES = ['stalin', 'zinoviev', 'new-economic-policy', 'lenin'];
const EDGES = ['stalin>purged>zinoviev@1936', 'zinoviev>allied-with>stalin@1923', 'a b&c=d?e#f%'];
const TYPES = ['allied-with', 'purged', 'member-of'];
const ITEMS = ['stalin>purged>zinoviev@1936', 'left:kamenev>stalin>trotsky'];
const vocab: Vocabulary = {
  hasEntity: (id) => ENTITIES.includes(id),
  hasEdge: (key) => EDGES.includes(key),
  types: TYPES,
  period: { from: 1917, to: 1953 },
  hasTracingItem: (id) => ITEMS.includes(id),
};

const arbState: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(fc.constantFrom(...ENTITIES), { nil: null }),
  edge: fc.option(fc.constantFrom(...EDGES), { nil: null }),
  year: fc.option(fc.integer({ min: 1917, max: 1953 }), { nil: null }),
  yearMode: fc.constantFrom('hide' as const, 'fade' as const),
  kinds: fc.option(fc.subarray([...ENTITY_KINDS]).map((a) => new Set(a)), { nil: null }),
  types: fc.option(fc.subarray(TYPES).map((a) => new Set(a)), { nil: null }),
  tones: fc.option(fc.subarray([...TONES]).map((a) => new Set(a)), { nil: null }),
  focus: fc.constantFrom<Focus>(0, 1, 2, 3),
  list: fc.boolean(),
  // The tools' part (tool-url.test.ts checks it in full): enough to see it travels with the rest.
  tool: fc.constantFrom(null, 'betrayals' as const, 'path' as const, 'compare' as const, 'rank' as const),
  betrayal: fc.option(fc.constantFrom(...ITEMS), { nil: null }),
  pathFrom: fc.option(fc.constantFrom(...ENTITIES), { nil: null }),
  pathTo: fc.option(fc.constantFrom(...ENTITIES), { nil: null }),
  pathIndex: fc.integer({ min: 0, max: 4 }),
  compareA: fc.option(fc.integer({ min: 1917, max: 1953 }), { nil: null }),
  size: fc.constantFrom(null, 'betweenness' as const, 'degree' as const),
}).map((s) => ({ ...DEFAULT_STATE, ...s }));

describe('encodeState', () => {
  it('writes nothing for the default view', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
  });

  it('writes a compact, readable query', () => {
    const state: ViewState = { ...DEFAULT_STATE, selected: 'stalin', year: 1925, yearMode: 'fade', kinds: new Set(['faction', 'person']), focus: 2, list: true };
    expect(encodeState(state)).toBe('?e=stalin&y=1925&m=fade&k=person,faction&f=2&list=1');
  });

  it('writes the tools’ part after the explorer’s', () => {
    const state: ViewState = { ...DEFAULT_STATE, year: 1936, tool: 'betrayals', betrayal: 'stalin>purged>zinoviev@1936', size: 'betweenness' };
    expect(encodeState(state)).toBe('?y=1936&tool=betrayals&b=stalin%3Epurged%3Ezinoviev@1936&size=betweenness');
    const { state: back, notices } = decodeState(encodeState(state), vocab);
    expect(notices).toEqual([]);
    expect(sameState(back, state)).toBe(true);
  });

  it('escapes what a query cannot hold but keeps @ readable', () => {
    const q = encodeState({ ...DEFAULT_STATE, edge: 'stalin>purged>zinoviev@1936' });
    expect(q).toBe('?r=stalin%3Epurged%3Ezinoviev@1936');
  });

  it('writes an empty filter as an empty value and types in the graph order', () => {
    const q = encodeState({ ...DEFAULT_STATE, kinds: new Set(), types: new Set(['purged', 'allied-with']) }, TYPES);
    expect(q).toBe('?k=&t=allied-with,purged');
  });
});

describe('mergeState', () => {
  it('rewrites the explorer’s parameters, the tools’ included, and keeps everyone else’s', () => {
    const state: ViewState = { ...DEFAULT_STATE, selected: 'lenin', year: 1920 };
    expect(mergeState('?e=stalin&utm_source=mail&y=1930&ref=x%3Ey', state)).toBe('?e=lenin&y=1920&utm_source=mail&ref=x%3Ey');
    expect(mergeState('?e=stalin&tool=path&pa=trotsky&y=1930&b=stalin%3Eopposed%3Ezinoviev@1925', state)).toBe('?e=lenin&y=1920');
    expect(mergeState('?tool=rank', { ...state, tool: 'path', pathFrom: 'stalin' })).toBe('?e=lenin&y=1920&tool=path&pa=stalin');
    expect(mergeState('?utm_source=mail', DEFAULT_STATE)).toBe('?utm_source=mail');
    expect(mergeState('', state)).toBe('?e=lenin&y=1920');
    expect(mergeState('?e=stalin', DEFAULT_STATE)).toBe('');
  });

  it('never throws and keeps what it kept on a second pass', () => {
    fc.assert(
      fc.property(fc.string(), arbState, (search, state) => {
        const once = mergeState(search, state, TYPES);
        expect(mergeState(once, state, TYPES)).toBe(once);
        expect(sameState(decodeState(once, vocab).state, state)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeState', () => {
  it('reads what encodeState wrote', () => {
    const { state, notices } = decodeState('?e=zinoviev&r=stalin%3Epurged%3Ezinoviev@1936&y=1936&m=fade&k=person&t=purged&tone=hostile,friendly&f=1&list=1', vocab);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ selected: 'zinoviev', edge: 'stalin>purged>zinoviev@1936', year: 1936, yearMode: 'fade', focus: 1, list: true });
    expect([...state.kinds!]).toEqual(['person']);
    expect([...state.types!]).toEqual(['purged']);
    expect([...state.tones!].sort()).toEqual(['friendly', 'hostile']);
  });

  it('accepts a query without the leading ?', () => {
    expect(decodeState('e=stalin', vocab).state.selected).toBe('stalin');
  });

  it('ignores an unknown entity with a notice naming it, and keeps the rest', () => {
    const { state, notices } = decodeState('?e=stalinn&y=1925', vocab);
    expect(state.selected).toBeNull();
    expect(state.year).toBe(1925);
    expect(notices).toEqual(['unknown entity “stalinn”']);
    expect(noticeText(notices)).toMatch(/Part of this link was ignored: unknown entity “stalinn”\. The rest of the view is shown\./);
  });

  it('names each malformed parameter', () => {
    const { state, notices } = decodeState('?y=nineteen&m=blur&k=person,robot&f=9&list=yes&r=nope&t=hugged', vocab);
    expect(state.year).toBeNull();
    expect(state.yearMode).toBe('hide');
    expect([...state.kinds!]).toEqual(['person']);
    expect(state.types).toBeNull();
    expect(state.focus).toBe(0);
    expect(state.list).toBe(false);
    expect(notices).toEqual([
      'unknown relation “nope”',
      'year “nineteen” is not a year',
      'display mode “blur” (use hide or fade)',
      'unknown kind “robot”',
      'unknown relation type “hugged”',
      'focus “9” (use 0 to 3 steps)',
      'list “yes” (use 1 or 0)',
    ]);
  });

  it('names malformed tool parameters in the same notices', () => {
    const { state, notices } = decodeState('?e=lenin&tool=spy&b=nope&pa=stalin', vocab);
    expect(state).toMatchObject({ selected: 'lenin', tool: null, betrayal: null, pathFrom: 'stalin' });
    expect(notices).toEqual(['tool “spy” (use betrayals, path, compare, rank)', 'unknown betrayal or side switch “nope”']);
    const { hasTracingItem: _unused, ...withoutItems } = vocab;
    expect(decodeState('?b=left:kamenev%3Estalin%3Etrotsky', withoutItems).state.betrayal).toBeNull();
  });

  it('refuses a year outside the notes', () => {
    const { state, notices } = decodeState('?y=1800', vocab);
    expect(state.year).toBeNull();
    expect(notices).toEqual(['year 1800 is outside the notes (1917–1953)']);
  });

  it('shortens a very long value in a notice', () => {
    const { notices } = decodeState(`?e=${'x'.repeat(500)}`, vocab);
    expect(notices[0]!.length).toBeLessThan(70);
  });

  it('ignores parameters it does not know, silently', () => {
    expect(decodeState('?utm_source=mail&e=lenin', vocab)).toEqual({ state: { ...DEFAULT_STATE, selected: 'lenin' }, notices: [] });
  });
});

describe('URL round trip (property)', () => {
  it('decode(encode(state)) is the same view, with no notices', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const { state: back, notices } = decodeState(encodeState(state, TYPES), vocab);
        expect(notices).toEqual([]);
        expect(sameState(back, state)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary input and always yields a usable state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters(), fc.array(fc.tuple(fc.constantFrom('e', 'r', 'y', 'm', 'k', 't', 'tone', 'f', 'list', 'tool', 'b', 'pa', 'pf', 'ptone', 'pn', 'ca', 'ch', 'rs', 'size', '%', '&'), fc.string())).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))), (search) => {
        const { state, notices } = decodeState(search, vocab);
        expect(state.year === null || (state.year >= 1917 && state.year <= 1953)).toBe(true);
        expect([0, 1, 2, 3]).toContain(state.focus);
        expect(['hide', 'fade']).toContain(state.yearMode);
        expect(state.selected === null || ENTITIES.includes(state.selected)).toBe(true);
        expect(Array.isArray(notices)).toBe(true);
        // What was decoded encodes to something that decodes back the same, with no complaints.
        const again = decodeState(encodeState(state, TYPES), vocab);
        expect(again.notices).toEqual([]);
        expect(sameState(again.state, state)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
