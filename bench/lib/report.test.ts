import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchResult, type DatasetResult, type RunSummary, baselineSpeedup, budgets, floorRatio, pipelineMs, previousRun, regressions, renderMarkdown } from './report';
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

describe('budgets: the issue’s goals, judged', () => {
  const ten = (extra: Partial<DatasetResult> = {}): DatasetResult => ({ name: '10000', defaultRenderer: 'webgl', notes: [], runs: {}, ...extra });
  const five = (app: Record<string, number[]>): DatasetResult => ({ name: '5000', defaultRenderer: 'canvas', notes: [], runs: { canvas: run(app) } });
  const all = (datasets: DatasetResult[], env: Partial<BenchResult['env']> = {}, smoke = false): BenchResult => ({ ...bench(datasets[0]!), datasets, smoke, env: { ...bench(datasets[0]!).env, ...env } });
  const row = (b: BenchResult, start: string) => budgets(b).find((r) => r.name.startsWith(start));

  it('has one row per goal of the task, and no row with the old 250 kB or 300 ms limits', () => {
    const rows = budgets(all([notes({})]));
    expect(rows.map((r) => r.limit)).toEqual(['≤ 150 ms', '≤ 1.15×', '≥ 4×', '≤ 16 ms', '≤ 220 kB', '≤ 100 ms', '≤ 200 ms', '≤ 3 s', '≤ 60 s', '≤ 2 min', '≤ 50 ms', 'every step timed', '≤ 20 min']);
    expect(renderMarkdown(all([notes({})]))).not.toMatch(/250 kB|300 ms/);
  });

  it('judges the notes’ first picture on its median, and a year step on its p95', () => {
    const b = all([notes({ firstPicture: [100, 140, 400], yearStep: Array.from({ length: 20 }, (_, i) => (i < 19 ? 10 : 40)) })]);
    expect(row(b, 'Notes: first picture')?.met).toBe(true);
    expect(row(b, 'Notes: a year step')?.met).toBe(true); // the p95 of 20 samples is the 19th
    const worse = all([notes({ firstPicture: [160, 170], yearStep: Array.from({ length: 20 }, (_, i) => (i < 18 ? 10 : 40)) })]);
    expect(row(worse, 'Notes: first picture')?.met).toBe(false);
    expect(row(worse, 'Notes: a year step')?.met).toBe(false);
  });

  it('judges 5,000 entities: year step p95, click → panel p95, navigation → interactive median', () => {
    const b = all([notes({}), five({ yearStep: [50, 90], select: [150, 190], navInteractive: [2500, 3500, 2900] })]);
    expect(row(b, '5,000 entities: a year step')?.met).toBe(true);
    expect(row(b, '5,000 entities: click')?.met).toBe(true);
    expect(row(b, '5,000 entities: navigation')?.met).toBe(true);
    const slow = all([notes({}), five({ yearStep: [50, 101], select: [150, 201], navInteractive: [3100] })]);
    expect([row(slow, '5,000 entities: a year step')?.met, row(slow, '5,000 entities: click')?.met, row(slow, '5,000 entities: navigation')?.met]).toEqual([false, false, false]);
  });

  it('judges 10,000 entities: the Node pipeline (read + validate + build), the layout in the worker, pan/zoom, the whole path', () => {
    const pipeline = { dir: 'd', readMs: 1000, validateMs: 40_000, buildMs: 15_000, mentionsMs: 5000, mentionsSampled: 1, entities: 10_000, relations: 1, problems: 0, moduleBytes: 1, done: true, layoutMs: 150_000 };
    const path = run({ pathPipeline: [20_000], pathLayout: [100_000], pathDrawn: [130_000], pathInteractive: [135_000], yearStep: [300], select: [400], panZoomFrame: [40] });
    const b = all([notes({}), ten({ pipeline, runs: { webgl: { ...run({ panZoomFrame: [30, 45] }), renderer: 'webgl' }, path } })]);
    expect(pipelineMs(pipeline)).toBe(56_000);
    expect(row(b, '10,000 entities: pipeline')?.met).toBe(true);
    expect(row(b, '10,000 entities: layout')?.met).toBe(true); // the worker's 100 s, not Node's 150 s
    expect(row(b, '10,000 entities: pan/zoom')?.met).toBe(true);
    expect(row(b, '10,000 entities: the whole path')?.met).toBe(true);
    const partial = all([notes({}), ten({ pipeline: { ...pipeline, validateMs: 50_000 }, runs: { path: run({ pathPipeline: [20_000], pathLayout: [NaN] }) } })]);
    expect(row(partial, '10,000 entities: pipeline')?.met).toBe(false);
    expect(row(partial, '10,000 entities: layout')?.met).toBeNull();
    expect(row(partial, '10,000 entities: the whole path')?.met).toBe(false);
    expect(row(all([notes({})]), '10,000 entities: the whole path')?.met).toBeNull();
  });

  it('judges the run’s own length against its mode’s goal, and says when the machine was busy or steps were cached', () => {
    expect(row(all([notes({})], { minutes: 19 }), 'The full bench run')?.met).toBe(true);
    const smoke = all([{ ...notes({}), appBuildCached: true }], { minutes: 3, loadStart: 5, loadEnd: 4, mode: 'smoke' }, true);
    const r = row(smoke, 'The smoke bench run');
    expect(r?.met).toBe(false);
    expect(r?.limit).toBe('≤ 2 min');
    expect(r?.figure).toContain('busy');
    expect(r?.figure).toContain('cache');
  });
});

describe('the Markdown report', () => {
  it('has the whole path’s section and its rows in the growth table when the path was run', () => {
    const path = run({ pathPipeline: [20_000], pathLayout: [100_000], pathDrawn: [130_000], pathInteractive: [135_000], yearStep: [300] });
    const md = renderMarkdown({ ...bench(notes({ navInteractive: [1000] })), datasets: [notes({ navInteractive: [1000] }), { name: '10000', defaultRenderer: 'canvas', notes: [], runs: { canvas: run({ navInteractive: [9000] }), path } }] });
    expect(md).toContain('#### The whole path at 10,000 entities');
    expect(md).toContain('| Layout in the worker | 1.7 min |');
    expect(md).toMatch(/\| Whole path: layout in the worker \(browser\) \| — \| 1.7 min \|/);
    expect(md).toMatch(/\| measurement \| notes \(3\) \| 10,000 \|/);
  });
});

describe('a run that did not finish, or a variant that failed', () => {
  it('marks a partial report, does not judge its length, and is skipped as the previous run', () => {
    const partial: BenchResult = { ...bench(notes({ navInteractive: [1000] })), partial: 'stopped after 5000 entities (in the browser)' };
    const md = renderMarkdown(partial);
    expect(md).toContain('**Partial: stopped after 5000 entities (in the browser).**');
    expect(budgets(partial).at(-1)?.met).toBeNull();
    expect(budgets(partial).at(-1)?.figure).toContain('partial');
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    writeFileSync(join(dir, 'bench-full-2026-12-01T10-00-00-000Z.json'), JSON.stringify(bench(notes({ yearStep: [2] }), '2026-12-01T10:00:00.000Z')));
    writeFileSync(join(dir, 'bench-full-2026-12-02T10-00-00-000Z.json'), JSON.stringify({ ...bench(notes({ yearStep: [3] }), '2026-12-02T10:00:00.000Z'), partial: 'stopped by SIGINT' }));
    expect(previousRun(dir, 'full')?.env.date).toBe('2026-12-01T10:00:00.000Z');
  });
  it('shows "failed" for the figures a failed variant did not measure, keeps those it did, and names the reason', () => {
    const webgl: RunSummary = { ...run({ navDrawn: [5000] }), renderer: 'none', failed: 'the page or browser crashed: Target crashed' };
    const d: DatasetResult = { name: '10000', defaultRenderer: 'canvas', notes: [], counts: { entities: 10000, relations: 1, slides: 1, bullets: 1, evidence: 1 }, runs: { canvas: run({ navDrawn: [9000], yearStep: [600] }), webgl } };
    const md = renderMarkdown({ ...bench(notes({})), datasets: [notes({}), d] });
    expect(md).toMatch(/\| Navigation → graph drawn \| 9\.00 s \| 9\.00 s \| 5\.00 s \| 5\.00 s \|/);
    expect(md).toMatch(/\| Year step → canvas shows it \| 600 \| 600 \| failed \| failed \|/);
    expect(md).toContain('WebGL: **failed: the page or browser crashed: Target crashed**');
  });
});
