import { describe, expect, it } from 'vitest';
import { ALL_KINDS, DEFAULT_STATE, allows, applyChange, onlyYearChanged, sameState, toggleFilter, viewName } from './view-state';

describe('view state', () => {
  it('compares filter sets by content', () => {
    const a = { ...DEFAULT_STATE, kinds: new Set(['person' as const]) };
    const b = { ...DEFAULT_STATE, kinds: new Set(['person' as const]) };
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, DEFAULT_STATE)).toBe(false);
    expect(sameState({ ...DEFAULT_STATE, kinds: new Set() }, DEFAULT_STATE)).toBe(false);
  });

  it('tells a year-only change from any other', () => {
    expect(onlyYearChanged(DEFAULT_STATE, { ...DEFAULT_STATE, year: 1925 })).toBe(true);
    expect(onlyYearChanged(DEFAULT_STATE, { ...DEFAULT_STATE, year: 1925, list: true })).toBe(false);
    expect(onlyYearChanged(DEFAULT_STATE, DEFAULT_STATE)).toBe(false);
  });

  it('toggles a filter value; all values checked means no filter', () => {
    const off = toggleFilter(null, 'person', false, ALL_KINDS);
    expect(off?.has('person')).toBe(false);
    expect(off?.size).toBe(ALL_KINDS.length - 1);
    expect(allows(off, 'faction')).toBe(true);
    expect(allows(off, 'person')).toBe(false);
    expect(toggleFilter(off, 'person', true, ALL_KINDS)).toBeNull();
  });

  it('clears the relation selection when another entity is selected', () => {
    const s = { ...DEFAULT_STATE, selected: 'stalin', edge: 'k' };
    expect(applyChange(s, { selected: 'zinoviev' }).edge).toBeNull();
    expect(applyChange(s, { selected: 'stalin' }).edge).toBe('k');
    expect(applyChange(s, { selected: 'zinoviev', edge: 'j' }).edge).toBe('j');
    expect(applyChange(s, { year: 1930 })).toMatchObject({ selected: 'stalin', edge: 'k', year: 1930 });
  });

  it('names a view for a file name', () => {
    expect(viewName(DEFAULT_STATE)).toBe('all-years');
    expect(viewName({ ...DEFAULT_STATE, selected: 'zinoviev', year: 1925 })).toBe('zinoviev-1925');
    expect(viewName({ ...DEFAULT_STATE, selected: 'a>b c' })).toBe('a-b-c-all-years');
  });
});
