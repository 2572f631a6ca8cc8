import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOOL_STATE, MAX_PATHS, sameToolState, type ToolState } from './tool-state';
import { decodeToolParams, toolParams, type ToolVocabulary } from './tool-url';

const ENTITIES = ['stalin', 'trotsky', 'kirov', 'zinoviev'];
const ITEMS = ['stalin>opposed>zinoviev@1925', 'allies:trotsky>allied-with>kamenev@1926', 'left:kamenev>stalin>trotsky'];
const vocab: ToolVocabulary = {
  hasEntity: (id) => ENTITIES.includes(id),
  hasTracingItem: (id) => ITEMS.includes(id),
  period: { from: 1917, to: 1953 },
};

/** Encode as the app does: raw pairs escaped by URLSearchParams. */
const encode = (s: ToolState) => new URLSearchParams(toolParams(s)).toString();
const decode = (query: string) => decodeToolParams(new URLSearchParams(query), vocab);

describe('toolParams', () => {
  it('writes nothing for the default state', () => {
    expect(toolParams(DEFAULT_TOOL_STATE)).toEqual([]);
  });

  it('writes each tool compactly, in a stable order', () => {
    const path: ToolState = { ...DEFAULT_TOOL_STATE, tool: 'path', pathFrom: 'trotsky', pathTo: 'kirov', pathFromYear: 1920, pathToYear: 1935, pathTones: new Set(['hostile', 'friendly']), pathIndex: 1 };
    expect(toolParams(path)).toEqual([['tool', 'path'], ['pa', 'trotsky'], ['pb', 'kirov'], ['pf', '1920'], ['pt', '1935'], ['ptone', 'friendly,hostile'], ['pn', '2']]);
    const compare: ToolState = { ...DEFAULT_TOOL_STATE, tool: 'compare', compareA: 1924, compareB: 1929, compareShow: 'both' };
    expect(toolParams(compare)).toEqual([['tool', 'compare'], ['ca', '1924'], ['cb', '1929'], ['ch', 'both']]);
    expect(toolParams({ ...compare, compareEntity: 'stalin' })).toEqual([['tool', 'compare'], ['ca', '1924'], ['cb', '1929'], ['ch', 'both'], ['cn', 'stalin']]);
    const rank: ToolState = { ...DEFAULT_TOOL_STATE, tool: 'rank', rankFrom: 1924, rankTo: 1929, rankOrder: 'degree', size: 'betweenness' };
    expect(toolParams(rank)).toEqual([['tool', 'rank'], ['rf', '1924'], ['rt', '1929'], ['rs', 'degree'], ['size', 'betweenness']]);
    expect(toolParams({ ...DEFAULT_TOOL_STATE, tool: 'betrayals', betrayal: ITEMS[0]! })).toEqual([['tool', 'betrayals'], ['b', 'stalin>opposed>zinoviev@1925']]);
  });

  it('writes an empty tone set as an empty value', () => {
    expect(toolParams({ ...DEFAULT_TOOL_STATE, pathTones: new Set() })).toEqual([['ptone', '']]);
  });
});

describe('decodeToolParams', () => {
  it('reads what toolParams wrote', () => {
    const { state, notices } = decode('tool=path&pa=trotsky&pb=kirov&pf=1920&pt=1935&ptone=friendly,hostile&pn=3');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ tool: 'path', pathFrom: 'trotsky', pathTo: 'kirov', pathFromYear: 1920, pathToYear: 1935, pathIndex: 2 });
    expect([...state.pathTones!]).toEqual(['friendly', 'hostile']);
    expect(decode('tool=betrayals&b=stalin%3Eopposed%3Ezinoviev@1925').state.betrayal).toBe('stalin>opposed>zinoviev@1925');
    expect(decode('b=stalin>opposed>zinoviev@1925').state.betrayal).toBe('stalin>opposed>zinoviev@1925');
    expect(decode('b=left:kamenev%3Estalin%3Etrotsky').state.betrayal).toBe('left:kamenev>stalin>trotsky');
    expect(decode('tool=compare&ca=1925&cb=1936&cn=stalin').state.compareEntity).toBe('stalin');
    expect(decode('cn=stalinn')).toMatchObject({ state: { compareEntity: null }, notices: ['unknown entity to narrow the comparison to “stalinn”'] });
  });

  it('ignores the explorer’s own parameters', () => {
    expect(decode('e=stalin&y=1925&list=1')).toEqual({ state: DEFAULT_TOOL_STATE, notices: [] });
  });

  it('drops malformed values with one notice each and keeps the rest', () => {
    const { state, notices } = decode(
      'tool=paths&b=stalin>hugged>zinoviev&pa=stalinn&pb=kirov&pf=19x0&pt=2001&ptone=friendly,sad&pn=9&ca=1924&cb=abc&ch=all&rf=1800&rs=fame&size=huge',
    );
    expect(state).toMatchObject({ tool: null, betrayal: null, pathFrom: null, pathTo: 'kirov', pathFromYear: null, pathToYear: null, pathIndex: 0, compareA: 1924, compareB: null, compareShow: 'none', rankFrom: null, rankOrder: 'betweenness', size: null });
    expect([...state.pathTones!]).toEqual(['friendly']);
    expect(notices).toEqual([
      'tool “paths” (use betrayals, path, compare, rank)',
      'unknown betrayal or side switch “stalin>hugged>zinoviev”',
      'unknown path start “stalinn”',
      'path from-year “19x0” is not a year',
      'path to-year 2001 is outside the notes (1917–1953)',
      'unknown path tone “sad”',
      `path number “9” (use 1 to ${MAX_PATHS})`,
      'comparison year “abc” is not a year',
      'highlight of changes “all” (use none, began, ended, both)',
      'ranking from-year 1800 is outside the notes (1917–1953)',
      'ranking order “fame” (use betweenness, degree)',
      'node size “huge” (use betweenness, degree)',
    ]);
  });

  it('puts year windows the right way round', () => {
    expect(decode('pf=1935&pt=1920').state).toMatchObject({ pathFromYear: 1920, pathToYear: 1935 });
    expect(decode('rf=1935&rt=1920').state).toMatchObject({ rankFrom: 1920, rankTo: 1935 });
  });

  it('reads every tone as no filter, and empty values as absent', () => {
    expect(decode('ptone=hostile,neutral,friendly').state.pathTones).toBeNull();
    expect(decode('pa=&pf=&b=').state).toEqual(DEFAULT_TOOL_STATE);
    expect(decode('ptone=').state.pathTones).toEqual(new Set());
  });

  it('shortens a hostile value in its notice', () => {
    const { notices } = decode(`pa=${'x'.repeat(500)}`);
    expect(notices[0]!.length).toBeLessThan(80);
  });

  it('never throws and round-trips any valid state', () => {
    const year = fc.option(fc.integer({ min: 1917, max: 1953 }), { nil: null });
    const state = fc.record({
      tool: fc.constantFrom(null, 'betrayals', 'path', 'compare', 'rank'),
      betrayal: fc.constantFrom(null, ...ITEMS),
      pathFrom: fc.constantFrom(null, ...ENTITIES),
      pathTo: fc.constantFrom(null, ...ENTITIES),
      pathFromYear: year,
      pathToYear: year,
      pathTones: fc.option(fc.subarray(['friendly', 'hostile', 'neutral'] as const, { maxLength: 2 }).map((a) => new Set(a)), { nil: null }),
      pathIndex: fc.integer({ min: 0, max: MAX_PATHS - 1 }),
      compareA: year,
      compareB: year,
      compareShow: fc.constantFrom('none', 'began', 'ended', 'both'),
      compareEntity: fc.constantFrom(null, ...ENTITIES),
      rankFrom: year,
      rankTo: year,
      rankOrder: fc.constantFrom('betweenness', 'degree'),
      size: fc.constantFrom(null, 'betweenness', 'degree'),
    }) as fc.Arbitrary<ToolState>;
    fc.assert(
      fc.property(state, (s) => {
        const ordered = { ...s };
        if (ordered.pathFromYear !== null && ordered.pathToYear !== null && ordered.pathFromYear > ordered.pathToYear) [ordered.pathFromYear, ordered.pathToYear] = [ordered.pathToYear, ordered.pathFromYear];
        if (ordered.rankFrom !== null && ordered.rankTo !== null && ordered.rankFrom > ordered.rankTo) [ordered.rankFrom, ordered.rankTo] = [ordered.rankTo, ordered.rankFrom];
        const { state: back, notices } = decode(encode(ordered));
        expect(notices).toEqual([]);
        expect(sameToolState(back, ordered)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, value) => {
        const params = new URLSearchParams();
        params.set(['tool', 'b', 'pa', 'pf', 'ptone', 'pn', 'ca', 'ch', 'rs', 'size'][name.length % 10]!, value);
        params.set(name, value);
        expect(() => decodeToolParams(params, vocab)).not.toThrow();
      }),
    );
  });
});
