import { describe, expect, it } from 'vitest';
import { ACT_WINDOW_YEARS, compareDates, compareLoosely, dateKey, isActive, isInForce, isLastingType, overlaps, periodOf, relationYears, yearOf } from './dates';
import { makeGraph, oddData, powerStruggle, RELATION_TYPES } from './fixtures';

const def = (type: string) => RELATION_TYPES[type];

describe('yearOf and dateKey', () => {
  it('reads the year of any partial date', () => {
    expect(yearOf('1924')).toBe(1924);
    expect(yearOf('1924-01-21')).toBe(1924);
    expect(yearOf(undefined)).toBeUndefined();
    expect(yearOf('soon')).toBeUndefined();
  });

  it('sorts coarser dates before finer ones in the same year, and missing dates last', () => {
    const dates = ['1924-01-21', 'rubbish', '1923', '1924', '1924-01'];
    expect([...dates].sort(compareDates)).toEqual(['1923', '1924', '1924-01', '1924-01-21', 'rubbish']);
    expect(compareDates(undefined, '1999')).toBeGreaterThan(0);
    expect(compareDates('1999', undefined)).toBeLessThan(0);
    expect(dateKey('1917-10')).toBe('1917-10-00');
  });

  it('compares loosely at common precision, NaN when a date is missing', () => {
    expect(compareLoosely('1924', '1924-05')).toBe(0);
    expect(compareLoosely('1924-06', '1924-05')).toBeGreaterThan(0);
    expect(compareLoosely('1923', '1924-05')).toBeLessThan(0);
    expect(compareLoosely(undefined, '1924')).toBeNaN();
  });
});

describe('in force', () => {
  it('holds a dated relation from its start year to its end year inclusive', () => {
    const alliance = { type: 'allied-with', start: '1923', end: '1925' };
    expect([1922, 1923, 1925, 1926].map((y) => isInForce(alliance, def('allied-with'), y))).toEqual([false, true, true, false]);
  });

  it('keeps a lasting relation with no end in force, up to an open end when given', () => {
    const member = { type: 'member-of', start: '1917' };
    expect(isInForce(member, def('member-of'), 1950)).toBe(true);
    expect(isInForce(member, def('member-of'), 1950, 1940)).toBe(false);
    expect(isInForce(member, def('member-of'), 1940, 1940)).toBe(true);
  });

  it('shows a one-off act in its start year and the stated window after it, not for ever', () => {
    const purge = { type: 'purged', start: '1936-08' };
    expect(ACT_WINDOW_YEARS).toBe(1);
    expect([1935, 1936, 1937, 1938].map((y) => isInForce(purge, def('purged'), y))).toEqual([false, true, true, false]);
    expect(relationYears(purge, def('purged'), 1953)).toEqual({ from: 1936, to: 1937 });
  });

  it('spans a one-off type that has an explicit end', () => {
    expect(relationYears({ type: 'persecuted', start: '1929', end: '1933' }, def('persecuted'))).toEqual({ from: 1929, to: 1933 });
  });

  it('treats an undated relation as timeless and a malformed date as missing', () => {
    expect(isInForce({ type: 'opposed' }, def('opposed'), 1800)).toBe(true);
    expect(relationYears({ type: 'allied-with', start: 'c. 1920', end: '1925' }, def('allied-with'))).toEqual({ from: -Infinity, to: 1925 });
  });

  it('never reverses a span whose end precedes its start', () => {
    expect(relationYears({ type: 'allied-with', start: '1925', end: '1920' }, def('allied-with'))).toEqual({ from: 1925, to: 1925 });
  });

  it('knows lasting types from acts, and treats unknown types as acts', () => {
    expect(['allied-with', 'supported', 'member-of', 'led', 'part-of'].every((t) => isLastingType(t, def(t)))).toBe(true);
    expect(['purged', 'killed', 'opposed', 'introduced', 'caused', 'ended', 'appointed'].some((t) => isLastingType(t, def(t)))).toBe(false);
    expect(isLastingType('frenemy-of', undefined)).toBe(false);
  });

  it('overlaps windows with open bounds', () => {
    expect(overlaps({ from: 1923, to: 1925 }, 1925, 1930)).toBe(true);
    expect(overlaps({ from: 1923, to: 1925 }, 1926)).toBe(false);
    expect(overlaps({ from: 1923, to: 1925 }, undefined, 1922)).toBe(false);
  });
});

describe('isActive', () => {
  it('is true within the dates, always without dates, open on a missing side', () => {
    expect(isActive({ start: '1870', end: '1924-01-21' }, 1924)).toBe(true);
    expect(isActive({ start: '1870', end: '1924-01-21' }, 1925)).toBe(false);
    expect(isActive({}, 1000)).toBe(true);
    expect(isActive({ start: '1921' }, 1990)).toBe(true);
    expect(isActive({ start: '1921' }, 1920)).toBe(false);
  });
});

describe('periodOf', () => {
  it('spans the relation dates, ignoring far-off entity dates', () => {
    expect(periodOf(powerStruggle())).toEqual({ from: 1917, to: 1938 });
  });

  it('falls back to entity dates, then to null', () => {
    expect(periodOf(makeGraph([['x', 'X', 'person', '1900', '1950']], []))).toEqual({ from: 1900, to: 1950 });
    expect(periodOf(makeGraph([['x', 'X', 'person']], []))).toBeNull();
  });

  it('skips malformed dates', () => {
    expect(periodOf(oddData())).toEqual({ from: 1919, to: 1930 });
  });
});
