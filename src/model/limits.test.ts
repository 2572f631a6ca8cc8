import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, MAX_NOTES_FILE_BYTES, MAX_RECORDS_PER_FILE, MAX_TOTAL_BYTES, MAX_YAML_FILE_BYTES, textLimitProblem, totalSizeProblem } from './limits';
import { realData } from '../node/test-support';

const yaml = (text: string) => textLimitProblem({ file: 'd/entities/x.yaml', text }, 'yaml');

describe('limits, checked before parsing', () => {
  it('the real data is inside every limit', () => {
    const real = realData();
    expect(textLimitProblem(real.notes, 'notes')).toBeNull();
    for (const f of [real.relationTypes, ...real.entities, ...real.relations]) expect(textLimitProblem(f, 'yaml')).toBeNull();
    expect(totalSizeProblem([real.notes, real.relationTypes, ...real.entities, ...real.relations], 'graph-data')).toBeNull();
  });

  it('a file over its size limit, a long line, too many records: one problem with the limit and a fix', () => {
    expect(yaml('x'.repeat(MAX_YAML_FILE_BYTES + 1))).toMatchObject({ code: 'file-too-large', line: 0, message: expect.stringContaining('the limit is 2 MB per data file') });
    expect(textLimitProblem({ file: 'n.txt', text: 'x\n'.repeat(MAX_NOTES_FILE_BYTES / 2 + 1) }, 'notes')).toMatchObject({ code: 'file-too-large', message: expect.stringContaining('8 MB per notes file') });
    expect(yaml(`- id: a\n  label: ${'y'.repeat(MAX_LINE_LENGTH)}\n`)).toMatchObject({ code: 'line-too-long', line: 2, fix: expect.any(String) });
    expect(yaml('- a\n'.repeat(MAX_RECORDS_PER_FILE))).toBeNull();
    expect(yaml('- a\n'.repeat(MAX_RECORDS_PER_FILE + 1))).toMatchObject({ code: 'too-many-records', line: MAX_RECORDS_PER_FILE + 1 });
  });

  it('brackets inside quotes do not count as nesting; unbalanced ones past the limit do', () => {
    expect(yaml(`- quote: "${'['.repeat(500)}"\n- quote: '${'{'.repeat(500)}'\n`)).toBeNull();
    expect(yaml(`- a: ${'['.repeat(65)}\n`)).toMatchObject({ code: 'nested-too-deep', line: 1 });
  });

  it('the files together over the total limit: one problem naming the folder', () => {
    const files = Array.from({ length: 21 }, (_, i) => ({ file: `d/relations/${i}.yaml`, text: 'x'.repeat(MAX_TOTAL_BYTES / 20) }));
    expect(totalSizeProblem(files, 'd')).toMatchObject({ file: 'd', code: 'data-too-large', message: expect.stringContaining('the limit is 40 MB') });
  });
});
