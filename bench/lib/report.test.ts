import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchResult, type DatasetResult, type RunSummary, baselineSpeedup, floorRatio, previousRun, regressions, renderMarkdown } from './report';
import { summarize } from './stats';

const run = (figures: Record<string, number[]>): RunSummary => ({
  renderer: 'canvas',
  nodes: 3,
  edges: 2,
  figures: Object.fromEntries(Object.entries(figures).map(([k, xs]) => [k, summarize(xs)])),
  samples: figures,
  notes: [],
  errors: [],
});
const notes = (app: Record<string, number[]>, extra: Partial<DatasetResult['runs']> = {}): DatasetResult => ({ name: 'notes', defaultRenderer: 'canvas', notes: [], runs: { canvas: run(app), ...extra } });
const bench = (d: DatasetResult, date = '2026-12-01T22:00:00.000Z'): BenchResult => ({
  env: { date, cpu: 'cpu', cores: 2, memoryGB: 8, node: 'v20', commit: 'abc', dirty: false, mode: 'full', chromium: '156', minutes: 1, loadStart: 0.5, loadEnd: 0.7 },
  datasets: [d],
  smoke: false,
});

describe('floor and baseline ratios', () => {
  it('divides the app by the floor, and the baseline by the app (navigation → interactive medians)', () => {
    const d = notes({ navInteractive: [110, 120, 130] }, { floor: run({ navInteractive: [90, 100, 110] }), baseline: run({ navInteractive: [480, 500] }) });
    expect(floorRatio(d)).toBeCloseTo(1.2);
    expect(baselineSpeedup(d)).toBeCloseTo(490 / 120);
  });
  it('is NaN when the floor was not measured', () => {
    expect(floorRatio(notes({ navInteractive: [100] }))).toBeNaN();
  });
});

describe('regressions', () => {
  it('lists medians more than 20 % and 5 ms worse than the previous run, and nothing smaller', () => {
    const before = bench(notes({ yearStep: [10, 10], select: [100, 100], keystroke: [4, 4] }));
    const after = bench(notes({ yearStep: [30, 30], select: [110, 110], keystroke: [8, 8] }));
    const worse = regressions(after, before);
    expect(worse).toHaveLength(1);
    expect(worse[0]).toContain('Year step');
    expect(renderMarkdown(after, before)).toContain('Regressions');
    expect(renderMarkdown(after, null)).not.toContain('Regressions');
  });
  it('finds the newest earlier result of the same mode in a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    writeFileSync(join(dir, 'bench-full-2026-11-30T10-00-00-000Z.json'), JSON.stringify(bench(notes({ yearStep: [1] }), '2026-11-30T10:00:00.000Z')));
    writeFileSync(join(dir, 'bench-full-2026-12-01T10-00-00-000Z.json'), JSON.stringify(bench(notes({ yearStep: [2] }), '2026-12-01T10:00:00.000Z')));
    writeFileSync(join(dir, 'bench-smoke-2026-12-02T10-00-00-000Z.json'), JSON.stringify(bench(notes({ yearStep: [3] }), '2026-12-02T10:00:00.000Z')));
    expect(previousRun(dir, 'full')?.env.date).toBe('2026-12-01T10:00:00.000Z');
    expect(previousRun(join(dir, 'none'), 'full')).toBeNull();
  });
});
