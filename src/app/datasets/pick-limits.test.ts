// A picked folder is measured from File.size before any file is read: each refusal names the file or the count and the limit.
import { describe, expect, it } from 'vitest';
import { MAX_FILES_PER_FOLDER, MAX_NOTES_FILE_BYTES, MAX_TOTAL_BYTES, MAX_YAML_FILE_BYTES } from '../../model/limits';
import { MAX_PICKED_ENTRIES, pickLimitProblem } from './pick-limits';

const real = [
  { path: 'graph-data/notes/russia.txt', size: 60_000 },
  { path: 'graph-data/relation-types.yaml', size: 4_000 },
  { path: 'graph-data/entities/people.yaml', size: 47_000 },
];

describe('pickLimitProblem', () => {
  it('a real data folder passes, pictures of any size beside it are not counted', () => {
    expect(pickLimitProblem([...real, { path: 'graph-data/map.png', size: 900 * 1024 * 1024 }])).toBeNull();
  });
  it('a notes file over its limit is named with its size and the limit', () => {
    expect(pickLimitProblem([...real, { path: 'graph-data/notes/huge.txt', size: MAX_NOTES_FILE_BYTES + 1 }])).toMatch(/^“graph-data\/notes\/huge\.txt” is 8\.00 MB; the limit is 8 MB per notes file/);
  });
  it('a YAML file over its limit is named', () => {
    expect(pickLimitProblem([{ path: 'd/entities/big.yml', size: MAX_YAML_FILE_BYTES * 3 }])).toMatch(/^“d\/entities\/big\.yml” is 6 MB; the limit is 2 MB per data file/);
  });
  it('files each within their limit but together over the total are refused with the total', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ path: `d/relations/r${i}.yaml`, size: MAX_YAML_FILE_BYTES }));
    expect(MAX_YAML_FILE_BYTES * 30).toBeGreaterThan(MAX_TOTAL_BYTES);
    expect(pickLimitProblem(many)).toMatch(/^The data files together are 60 MB; the limit is 40 MB/);
  });
  it('too many data files, or too many entries of any kind, are counted', () => {
    expect(pickLimitProblem(Array.from({ length: MAX_FILES_PER_FOLDER + 1 }, (_, i) => ({ path: `d/entities/e${i}.yaml`, size: 10 })))).toMatch(/1,001 notes and YAML files; the limit is 1,000/);
    expect(pickLimitProblem(Array.from({ length: MAX_PICKED_ENTRIES + 1 }, (_, i) => ({ path: `home/p${i}.jpg`, size: 10 })))).toMatch(/10,001 files; a data folder may hold at most 10,000/);
  });
});
