import { describe, expect, it } from 'vitest';
import { datasetParam, searchForDataset, withoutDataset } from './dataset-url';

describe('the dataset part of the URL', () => {
  it('reads ds, absent or empty meaning the built-in notes', () => {
    expect(datasetParam('?ds=u123&e=stalin')).toBe('u123');
    expect(datasetParam('?e=stalin')).toBeNull();
    expect(datasetParam('?ds=')).toBeNull();
    expect(datasetParam('')).toBeNull();
  });

  it('writes a fresh query for another dataset, and removes ds keeping the rest', () => {
    expect(searchForDataset('u1')).toBe('?ds=u1');
    expect(searchForDataset('a b')).toBe('?ds=a%20b');
    expect(searchForDataset(null)).toBe('');
    expect(withoutDataset('?e=stalin&ds=u1&y=1925')).toBe('?e=stalin&y=1925');
    expect(withoutDataset('?ds=u1')).toBe('');
  });
});
