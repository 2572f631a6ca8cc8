import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../node/test-support';

const ROOT = join(DATA_DIR, '..');
const ITALY = join(ROOT, 'src/model/import/fixtures/italy-1919-43.md');

function graph(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'allegiance-import-')), 'out');

// Each case starts the CLI as a user would (tsx + the engine): a few seconds each on a 2-core machine.
describe('graph import', { timeout: 180_000 }, () => {
  it('writes a dataset folder from a Markdown file that "graph validate" accepts', () => {
    const out = freshDir();
    const r = graph('import', ITALY, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(markdown\): 3 slides, \d+ entities, \d+ typed relations/);
    expect(r.out).toMatch(/wrote .*: \d+ entities, \d+ relations \(confidence ≥ 0\.5/);
    expect(readdirSync(out).sort()).toEqual(['entities', 'notes', 'relation-types.yaml', 'relations']);
    const v = graph('validate', '--data', out);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^valid: \d+ entities, \d+ relations/);
    expect(readFileSync(join(out, 'relations', 'imported.yaml'), 'utf8')).toContain('quote: Marshal Badoglio replaced Mussolini in 1943');
  });

  it('--json prints every suggestion with its confidence and evidence; --min-confidence keeps fewer relations', () => {
    const r = graph('import', ITALY, '--out', freshDir(), '--json', '--min-confidence', '0.7');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ format: 'markdown', slides: 3, minConfidence: 0.7 });
    expect(json.entities[0]).toMatchObject({ label: 'Benito Mussolini', confidence: expect.any(Number), mentions: expect.any(Array), kindCue: expect.any(String) });
    expect(json.relations.find((x: { source: string }) => x.source === 'badoglio')).toMatchObject({ type: 'replaced', quote: 'Marshal Badoglio replaced Mussolini in 1943', slide: 3, confidence: expect.any(Number) });
    expect(json.hints.length).toBeGreaterThan(0);
    const written = readFileSync(join(json.out, 'relations', 'imported.yaml'), 'utf8');
    const kept = json.relations.filter((x: { confidence: number; kindsFit: boolean }) => x.confidence >= 0.7 && x.kindsFit).length;
    expect((written.match(/^- source:/gm) ?? []).length).toBe(kept);
  });

  it('refuses a folder that is not empty, an unknown format and a bad confidence, saying what to do', () => {
    const full = mkdtempSync(join(tmpdir(), 'allegiance-full-'));
    writeFileSync(join(full, 'keep.txt'), 'mine');
    const r = graph('import', ITALY, '--out', full);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is not empty: import writes a new dataset folder and never overwrites one/);
    expect(readFileSync(join(full, 'keep.txt'), 'utf8')).toBe('mine');
    const k = graph('import', 'notes.key', '--out', freshDir());
    expect(k.code).toBe(2);
    expect(k.err).toMatch(/use a \.txt, \.md, \.docx, \.pdf or \.pptx file/);
    expect(graph('import', ITALY, '--out', freshDir(), '--min-confidence', 'high').err).toMatch(/--min-confidence must be a number from 0 to 1/);
  });
});
