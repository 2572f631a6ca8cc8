import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../model/format-problem';
import { MAX_YAML_FILE_BYTES } from '../model/limits';
import { runPipeline } from '../model/pipeline';
import { readDataDir } from './load-files';
import { DATA_DIR } from './test-support';

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'allegiance-load-'));
  cpSync(DATA_DIR, join(dir, 'd'), { recursive: true });
  return join(dir, 'd');
}
const run = (dir: string) => runPipeline(readDataDir(dir, join(dir, '..')));
const lines = (ps: { file: string; line: number; message: string; fix: string; code: string }[]) => ps.map((p) => formatProblem(p));

describe('reading a data folder (issue 17, items 2–4)', () => {
  it('reads the real data with no problem and no warning', () => {
    const r = run(copy());
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('a missing notes file is one problem naming the folder, with no knock-on flood', () => {
    const d = copy();
    rmSync(join(d, 'notes'), { recursive: true });
    const r = run(d);
    expect(lines(r.problems)).toEqual([expect.stringContaining('the notes folder d/notes does not exist')]);
  });

  it('a missing relation-types.yaml is one problem, not 300 "type not defined"', () => {
    const d = copy();
    rmSync(join(d, 'relation-types.yaml'));
    expect(lines(run(d).problems)).toEqual([expect.stringContaining('d/relation-types.yaml does not exist')]);
  });

  it('relation-types.yaml as a folder (EISDIR) is a problem, not an empty file', () => {
    const d = copy();
    rmSync(join(d, 'relation-types.yaml'));
    mkdirSync(join(d, 'relation-types.yaml'));
    expect(lines(run(d).problems)).toEqual([expect.stringContaining('is a folder, not a file')]);
  });

  it('a missing relations/ or entities/ folder is named', () => {
    const d = copy();
    rmSync(join(d, 'relations'), { recursive: true });
    expect(lines(run(d).problems)).toEqual([expect.stringContaining('the relations folder d/relations does not exist')]);
  });

  it('--data pointing at a file, at nothing, or empty: one problem each', () => {
    expect(lines(runPipeline(readDataDir(join(DATA_DIR, 'relation-types.yaml'))).problems)).toEqual([expect.stringContaining('is a file, not a folder')]);
    expect(lines(runPipeline(readDataDir('/nonexistent-allegiance')).problems)).toEqual([expect.stringContaining('/nonexistent-allegiance does not exist')]);
    expect(lines(runPipeline(readDataDir('')).problems)).toEqual([expect.stringContaining('no data folder given')]);
  });

  it('two notes files are a problem naming both', () => {
    const d = copy();
    writeFileSync(join(d, 'notes', 'zz-other.txt'), 'x\n1 of 1\n');
    const ps = lines(run(d).problems);
    expect(ps.some((p) => p.includes('2 notes files') && p.includes('zz-other.txt') && p.includes('bolshevik'))).toBe(true);
  });

  it('skips a dangling link, a link loop, a link to /dev/zero and a FIFO with warnings, never reading them', () => {
    const d = copy();
    symlinkSync(join(d, 'entities', 'missing.yaml'), join(d, 'entities', '.#core.yaml'));
    symlinkSync(join(d, 'relations', 'loop-b.yaml'), join(d, 'relations', 'loop-a.yaml'));
    symlinkSync(join(d, 'relations', 'loop-a.yaml'), join(d, 'relations', 'loop-b.yaml'));
    symlinkSync('/dev/zero', join(d, 'relations', 'zero.yaml'));
    let fifo = false;
    try {
      execFileSync('mkfifo', [join(d, 'relations', 'pipe.yaml')]);
      fifo = true;
    } catch {
      // no mkfifo on this system: the other cases still run
    }
    const r = run(d);
    expect(r.problems).toEqual([]);
    const ws = lines(r.warnings).join('\n');
    expect(ws).toContain('.#core.yaml: skipped');
    expect(ws).toContain('loop-a.yaml: skipped');
    expect(ws).toContain('zero.yaml: skipped');
    if (fifo) expect(ws).toContain('pipe.yaml: skipped');
  });

  it('a file over the size limit is a problem, not read', () => {
    const d = copy();
    writeFileSync(join(d, 'relations', 'huge.yaml'), Buffer.alloc(MAX_YAML_FILE_BYTES + 1, 0x20));
    expect(lines(run(d).problems)).toEqual([expect.stringMatching(/huge\.yaml: the file is 2\.00 MB; the limit is 2 MB per data file \(it was not read\)/)]);
  });

  it('an entity "constructor" is rejected with a clear message; "prototype" works end to end', () => {
    const d = copy();
    appendFileSync(join(d, 'entities', 'core.yaml'), '\n- id: constructor\n  label: Constructor Man\n  kind: person\n');
    const ps = lines(run(d).problems);
    expect(ps[0]).toContain('"constructor" cannot be an id');
  });

  it('paths are relative to the data folder\'s parent, never absolute', () => {
    const d = copy();
    rmSync(join(d, 'relations'), { recursive: true });
    expect(run(d).problems[0]!.file).toBe('d/relations');
  });
});
