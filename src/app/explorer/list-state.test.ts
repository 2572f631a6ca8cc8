import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, mergeState, type Vocabulary } from '../shell/url-state';
import { applyChange, DEFAULT_STATE } from '../shell/view-state';
import { cleanFilter } from './list-state';

const vocab: Vocabulary = { hasEntity: () => true, hasEdge: () => true, types: [], period: { from: 1917, to: 1953 } };

describe('the List view in the URL (lq, lquotes)', () => {
  it('writes the filter and the quotes toggle while the list is shown, and reads them back', () => {
    const state = applyChange(DEFAULT_STATE, { list: true, listFilter: 'purged 1936', listQuotes: true });
    expect(encodeState(state)).toBe('?list=1&lq=purged%201936&lquotes=1');
    const back = decodeState(encodeState(state), vocab);
    expect(back.notices).toEqual([]);
    expect(back.state).toMatchObject({ list: true, listFilter: 'purged 1936', listQuotes: true });
  });

  it('leaves them out of a graph view, and ignores them in a link without the list', () => {
    expect(encodeState({ ...DEFAULT_STATE, listFilter: 'kirov', listQuotes: true })).toBe('');
    expect(decodeState('?lq=kirov&lquotes=1', vocab).state).toMatchObject({ list: false, listFilter: '', listQuotes: false });
    expect(mergeState('?lq=old&x=1', { ...DEFAULT_STATE, list: true, listFilter: 'new' })).toBe('?list=1&lq=new&x=1');
  });

  it('names a bad quotes value and cleans a hostile filter', () => {
    const { state, notices } = decodeState(`?list=1&lquotes=yes&lq=${encodeURIComponent('  a\u0000b\n\n' + 'x'.repeat(500))}`, vocab);
    expect(notices).toEqual(['list quotes “yes” (use 1 or 0)']);
    expect(state.listQuotes).toBe(false);
    expect(state.listFilter.startsWith('a b x')).toBe(true);
    expect(state.listFilter).toHaveLength(200);
    expect(cleanFilter('  Stalin   purged  ')).toBe('Stalin purged');
  });
});
