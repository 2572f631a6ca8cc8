import { describe, expect, it } from 'vitest';
import { findInLines, lineSegments, markRanges } from './highlight';

describe('findInLines', () => {
  it('finds a quote across a line break and white-space differences, exact case', () => {
    const lines = ['Stalin  was made', 'General\u00a0Secretary in 1922'];
    expect(findInLines(lines, 'made General Secretary')).toEqual([[[12, 16]], [[0, 17]]]);
    expect(findInLines(lines, 'MADE general')).toEqual([[], []]);
    expect(findInLines(lines, 'MADE general', { caseless: true })).toEqual([[[12, 16]], [[0, 7]]]);
  });
  it('finds every occurrence and nothing for an empty needle', () => {
    expect(findInLines(['a power base, no power base'], 'power base')).toEqual([[[2, 12], [17, 27]]]);
    expect(findInLines(['text'], '   ')).toEqual([[]]);
  });
});

describe('markRanges', () => {
  it('marks the phrase when it is there, else each searched word', () => {
    expect(markRanges(['failed to build a Power Base'], 'power base')).toEqual([[[18, 28]]]);
    expect(markRanges(['the base of his power'], 'power base')).toEqual([[[16, 21], [4, 8]]]);
    expect(markRanges(['nothing here'], 'power base')).toEqual([[]]);
  });
});

describe('lineSegments', () => {
  it('splits at links and marks, a marked link staying one link', () => {
    const segs = lineSegments('Stalin and Trotsky quarrelled', [{ start: 0, end: 6, entity: 'stalin' }, { start: 11, end: 18, entity: 'trotsky' }], [[4, 14]]);
    expect(segs).toEqual([
      { text: 'Stal', mark: false, entity: 'stalin' },
      { text: 'in', mark: true, entity: 'stalin' },
      { text: ' and ', mark: true, entity: null },
      { text: 'Tro', mark: true, entity: 'trotsky' },
      { text: 'tsky', mark: false, entity: 'trotsky' },
      { text: ' quarrelled', mark: false, entity: null },
    ]);
  });
  it('drops links out of bounds or overlapping an earlier one', () => {
    const segs = lineSegments('Stalin’s purges', [{ start: 0, end: 15, entity: 'purges' }, { start: 0, end: 6, entity: 'stalin' }, { start: 10, end: 99, entity: 'x' }], []);
    expect(segs).toEqual([{ text: 'Stalin’s purges', mark: false, entity: 'purges' }]);
  });
});
