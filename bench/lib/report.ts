/** The bench's results as data (JSON) and as Markdown tables, with the budgets judged. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineTiming } from '../pipeline-timing';

/** Pipeline and layout timings (bench/run.ts merges the two steps). */
export type NodeTiming = PipelineTiming & { layoutMs: number; moduleMatchesPlugin?: boolean; draft?: boolean };
import type { BundleReport } from './bundle';
import { FIGURES, REQUIRED, figure } from './figures';
import type { Samples } from './scenarios';
import { type Summary, growthExponent, ratio } from './stats';

export interface RunSummary {
  renderer: string;
  nodes: number;
  edges: number;
  figures: Record<string, Summary>;
  samples: Samples;
  notes: string[];
  errors: string[];
  /** The variant did not run to its end (crash, error or its time limit): the reason; its other figures are kept. */
  failed?: string;
}

export interface DatasetResult {
  /** 'notes' or the synthetic entity count. */
  name: string;
  counts?: { entities: number; relations: number; slides: number; bullets: number; evidence: number };
  generateMs?: number;
  pipeline?: NodeTiming | null;
  pipelineCached?: boolean;
  moduleGzip?: number;
  appBuildMs?: number;
  appBuildCached?: boolean;
  /** The notes' app was not built by the bench: dist/ from `npm test`'s build step was used (--reuse-dist). */
  appBuildReused?: boolean;
  baselineBuildMs?: number;
  bundle?: BundleReport;
  appDir?: string;
  baselineDir?: string;
  floorDir?: string;
  defaultRenderer?: string;
  /** canvas, webgl (the app with each renderer), baseline (naive) and floor (bare Cytoscape). */
  runs: Record<string, RunSummary | undefined>;
  notes: string[];
}

export interface BenchResult {
  env: { date: string; cpu: string; cores: number; memoryGB?: number; node: string; commit: string; dirty: boolean; mode: string; chromium: string; minutes: number; loadStart: number; loadEnd: number };
  datasets: DatasetResult[];
  smoke: boolean;
  /** Set while the run has not finished (written after every size): where it stopped. */
  partial?: string;
}

export interface Budget {
  name: string;
  figure: string;
  limit: string;
  met: boolean | null;
}

const kB = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
export function ms(v: number | undefined | null): string {
  if (v === undefined || v === null || !Number.isFinite(v)) return '—';
  if (v >= 60_000) return `${(v / 60_000).toFixed(1)} min`;
  if (v >= 10_000) return `${(v / 1000).toFixed(0)} s`;
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  if (v >= 100) return v.toFixed(0);
  return v.toFixed(1);
}
/** A duration with its unit: "12.3 ms", "1.28 s". */
const msu = (v: number | undefined | null) => (v === undefined || v === null || !Number.isFinite(v) ? '—' : v >= 1000 ? ms(v) : `${ms(v)} ms`);
const val = (v: number | undefined, unit: string) =>
  unit === 'MB' || unit === 'px' ? (v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(1)} ${unit}`) : ms(v);
const x = (r: number) => (Number.isFinite(r) ? `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×` : '—');
const sizeName = (d: DatasetResult) => (d.name === 'notes' ? 'notes' : Number(d.name).toLocaleString('en-GB'));
const defaultRun = (d: DatasetResult | undefined) => (d ? d.runs[d.defaultRenderer === 'webgl' ? 'webgl' : 'canvas'] : undefined);
/** The app's navigation → interactive over the bare-Cytoscape floor's (medians of one run); NaN when either is missing. */
export function floorRatio(d: DatasetResult | undefined): number {
  return ratio(defaultRun(d)?.figures.navInteractive?.median ?? NaN, d?.runs.floor?.figures.navInteractive?.median ?? NaN);
}
/** How many times faster than the naive baseline the app is interactive after navigation (baseline ÷ app). */
export function baselineSpeedup(d: DatasetResult | undefined): number {
  return ratio(d?.runs.baseline?.figures.navInteractive?.median ?? NaN, defaultRun(d)?.figures.navInteractive?.median ?? NaN);
}

/** The newest earlier finished result of the same mode in `dir` (bench-<mode>-*.json; partial runs skipped), or null. */
export function previousRun(dir: string, mode: string): BenchResult | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.startsWith(`bench-${mode}-`) && f.endsWith('.json')).sort();
  for (const file of files.reverse()) {
    try {
      const run = JSON.parse(readFileSync(join(dir, file), 'utf8')) as BenchResult;
      if (!run.partial) return run;
    } catch {
      // unreadable: try the one before
    }
  }
  return null;
}

/** Medians that got worse than the previous run's by more than 20 % and more than 5 ms (or 0.5 MB), per data set and renderer. */
export function regressions(bench: BenchResult, previous: BenchResult | null): string[] {
  if (!previous) return [];
  const out: string[] = [];
  for (const d of bench.datasets) {
    const p = previous.datasets.find((q) => q.name === d.name);
    if (!p) continue;
    for (const [renderer, run] of Object.entries(d.runs)) {
      const before = p.runs[renderer];
      if (!run || !before) continue;
      for (const [key, s] of Object.entries(run.figures)) {
        const a = before.figures[key]?.median;
        const b = s.median;
        const f = figure(key);
        if (a === undefined || !Number.isFinite(a) || !Number.isFinite(b) || f.unit === 'px') continue;
        if (b > a * 1.2 && b - a > (f.unit === 'MB' ? 0.5 : 5)) out.push(`${sizeName(d)}, ${renderer}: ${f.label} ${val(a, f.unit)} → ${val(b, f.unit)} (${x(b / a)})`);
      }
    }
  }
  return out;
}

/** Read + validate + build (mention scan included) in Node: the issue's "pipeline". NaN when a step is missing. */
export function pipelineMs(p: NodeTiming | null | undefined): number {
  if (!p) return NaN;
  const sum = (p.readMs ?? 0) + p.validateMs + p.buildMs;
  return Number.isFinite(sum) ? sum : NaN;
}

/** The run's length against the issue's goal for its mode (full ≤ 20 min, smoke ≤ 2 min). */
export const RUN_MINUTES = { full: 20, smoke: 2 } as const;

/**
 * The issue's goals (issue 15), judged on this run's figures (met null: not measured in this run). Navigation figures
 * are medians; interactions are judged on their p95. Each row says which.
 */
export function budgets(bench: BenchResult): Budget[] {
  const notes = bench.datasets.find((d) => d.name === 'notes');
  const five = bench.datasets.find((d) => d.name === '5000');
  const ten = bench.datasets.find((d) => d.name === '10000');
  const n = defaultRun(notes)?.figures;
  const f = defaultRun(five)?.figures;
  const t = defaultRun(ten)?.figures;
  const path = ten?.runs.path?.figures;
  const judge = (v: number | undefined, limit: number): boolean | null => (v === undefined || !Number.isFinite(v) ? null : v <= limit);
  const renderer = (d: DatasetResult | undefined) => defaultRun(d)?.renderer ?? '—';
  const out: Budget[] = [
    { name: 'Notes: first picture within 150 ms of navigation (median)', figure: `median ${msu(n?.firstPicture?.median)}, p95 ${msu(n?.firstPicture?.p95)} (Cytoscape drawn: median ${msu(n?.navDrawn?.median)})`, limit: '≤ 150 ms', met: judge(n?.firstPicture?.median, 150) },
    {
      name: 'Notes: navigation → interactive within 1.15× the bare-Cytoscape floor (medians, same run)',
      figure: `${x(floorRatio(notes))} (app ${msu(n?.navInteractive?.median)}, floor ${msu(notes?.runs.floor?.figures.navInteractive?.median)})`,
      limit: '≤ 1.15×',
      met: judge(floorRatio(notes), 1.15),
    },
    {
      name: 'Notes: at least 4× faster than the naive baseline (baseline ÷ app, navigation → interactive, medians)',
      figure: `${x(baselineSpeedup(notes))} (baseline ${msu(notes?.runs.baseline?.figures.navInteractive?.median)})`,
      limit: '≥ 4×',
      met: Number.isFinite(baselineSpeedup(notes)) ? baselineSpeedup(notes) >= 4 : null,
    },
    { name: 'Notes: a year step shown within 16 ms (p95)', figure: `p95 ${msu(n?.yearStep?.p95)} (median ${msu(n?.yearStep?.median)}; bare-Cytoscape floor p95 ${msu(notes?.runs.floor?.figures.yearStep?.p95)})`, limit: '≤ 16 ms', met: judge(n?.yearStep?.p95, 16) },
    { name: 'Notes: first-load JavaScript at most 220 kB gzipped (the goal scripts/check-bundle-budget.mjs reports)', figure: kB(notes?.bundle?.totals.initialJsGzip), limit: '≤ 220 kB', met: notes?.bundle ? notes.bundle.totals.initialJsGzip <= 220_000 : null },
    { name: '5,000 entities: a year step within 100 ms (p95)', figure: `p95 ${msu(f?.yearStep?.p95)} (median ${msu(f?.yearStep?.median)}; ${renderer(five)})`, limit: '≤ 100 ms', met: judge(f?.yearStep?.p95, 100) },
    { name: '5,000 entities: click → panel within 200 ms (p95)', figure: `p95 ${msu(f?.select?.p95)} (median ${msu(f?.select?.median)}; ${renderer(five)})`, limit: '≤ 200 ms', met: judge(f?.select?.p95, 200) },
    { name: '5,000 entities: navigation → interactive within 3 s (median)', figure: `median ${msu(f?.navInteractive?.median)} (${renderer(five)})`, limit: '≤ 3 s', met: judge(f?.navInteractive?.median, 3000) },
    {
      name: '10,000 entities: pipeline in Node within 60 s (read + validate + build with the mention scan)',
      figure: `${msu(pipelineMs(ten?.pipeline))} (validate ${msu(ten?.pipeline?.validateMs)}, build ${msu(ten?.pipeline?.buildMs)})`,
      limit: '≤ 60 s',
      met: judge(pipelineMs(ten?.pipeline), 60_000),
    },
    {
      name: '10,000 entities: layout within 2 min in a worker (the app\'s layout worker, in the browser)',
      figure: `${msu(path?.pathLayout?.median)} (in Node, build time: ${ten?.pipeline?.draft ? 'did not finish' : msu(ten?.pipeline?.layoutMs)})`,
      limit: '≤ 2 min',
      met: judge(path?.pathLayout?.median, 120_000),
    },
    { name: '10,000 entities: pan/zoom frame p95 within 50 ms', figure: `p95 ${msu(t?.panZoomFrame?.p95)} (${renderer(ten)}; canvas ${msu(ten?.runs.canvas?.figures.panZoomFrame?.p95)}, WebGL ${msu(ten?.runs.webgl?.figures.panZoomFrame?.p95)})`, limit: '≤ 50 ms', met: judge(t?.panZoomFrame?.p95, 50) },
    {
      name: '10,000 entities: the whole path measured in the browser (pick the folder → pipeline and layout in workers → drawn → explored)',
      figure: `picked → interactive ${msu(path?.pathInteractive?.median)}; explored: year step p95 ${msu(path?.yearStep?.p95)}, click → panel p95 ${msu(path?.select?.p95)}`,
      limit: 'every step timed',
      met: ten?.runs.path ? ['pathPipeline', 'pathLayout', 'pathDrawn', 'pathInteractive', 'yearStep', 'select', 'panZoomFrame'].every((k) => Number.isFinite(path?.[k]?.median)) : null,
    },
  ];
  const mode = bench.smoke ? 'smoke' : 'full';
  const limit = RUN_MINUTES[mode];
  const busy = Math.max(bench.env.loadStart, bench.env.loadEnd) > bench.env.cores;
  const cachedSteps = bench.datasets.some((d) => d.pipelineCached || d.appBuildCached) ? '; some Node steps or builds came from the cache' : '';
  out.push({
    name: `The ${mode} bench run within ${limit} minutes (on a quiet machine)`,
    figure: `${bench.partial ? `partial (${bench.partial}) after ` : ''}${bench.env.minutes.toFixed(1)} min at load ${bench.env.loadStart.toFixed(1)}–${bench.env.loadEnd.toFixed(1)}${busy ? ' (busy: not a quiet machine)' : ''}${cachedSteps}`,
    limit: `≤ ${limit} min`,
    met: bench.partial ? null : bench.env.minutes <= limit,
  });
  return out;
}

function figureRows(run: RunSummary | undefined, baseline: RunSummary | undefined, keys: string[]): string[] {
  const rows: string[] = [];
  for (const key of keys) {
    const f = figure(key);
    const s = run?.figures[key];
    const b = baseline?.figures[key];
    if (!s && !b && !(run?.failed && REQUIRED.app.includes(key))) continue;
    const range = s && s.n ? `${val(s.min, f.unit)} – ${val(s.max, f.unit)}` : '—';
    rows.push(`| ${f.label} | ${cell(run, key, 'median')} | ${cell(run, key, 'p95')} | ${range} | ${s?.n ?? 0} | ${b ? val(b.median, f.unit) : ''} | ${b ? x(ratio(s?.median ?? NaN, b.median)) : ''} |`);
  }
  return rows;
}

/** A figure's median or p95 in a renderer column: "failed" where its variant failed before measuring it. */
function cell(run: RunSummary | undefined, key: string, stat: 'median' | 'p95'): string {
  const s = run?.figures[key];
  if ((!s || !Number.isFinite(s[stat])) && run?.failed) return 'failed';
  return val(s?.[stat], figure(key).unit);
}

const PATH_KEYS = ['pathPipeline', 'pathLayout', 'pathDrawn', 'pathInteractive'];
const ORDER = FIGURES.map((f) => f.key).filter((k) => !PATH_KEYS.includes(k));
const PATH_ORDER = [...PATH_KEYS, 'yearStep', 'filterToggle', 'keystroke', 'select', 'focusOn', 'focusOff', 'panZoomFrame', 'panZoomRender'];

/** The whole report as Markdown; with `previous`, the regressions against it. */
export function renderMarkdown(bench: BenchResult, previous: BenchResult | null = null): string {
  const { env } = bench;
  const out: string[] = [];
  out.push(`### Bench ${bench.smoke ? '(smoke) ' : ''}— ${env.date.slice(0, 16).replace('T', ' ')} UTC`);
  out.push('');
  if (bench.partial) {
    out.push(`**Partial: ${bench.partial}.** The figures below are those measured before it; the rest are missing.`);
    out.push('');
  }
  out.push(`${env.cores} × ${env.cpu}${env.memoryGB ? `, ${env.memoryGB.toFixed(1)} GB memory` : ''}; headless Chromium ${env.chromium} (software rendering: SwiftShader for WebGL); Node ${env.node}; commit ${env.commit}${env.dirty ? ' with uncommitted changes' : ''}; ${env.minutes.toFixed(1)} min; load average ${env.loadStart.toFixed(1)} at the start, ${env.loadEnd.toFixed(1)} at the end${Math.max(env.loadStart, env.loadEnd) > env.cores ? ' (**the machine was busy: figures are inflated**)' : ''}. Times in ms unless marked.`);
  out.push('');

  const worse = regressions(bench, previous);
  if (previous) {
    out.push(`#### Against the previous ${env.mode} run (${previous.env.date.slice(0, 16).replace('T', ' ')} UTC, commit ${previous.env.commit}, load ${previous.env.loadStart.toFixed(1)}–${previous.env.loadEnd.toFixed(1)})`);
    out.push('');
    out.push(worse.length ? `Regressions (median more than 20 % and 5 ms worse):\n\n${worse.map((w) => `- ${w}`).join('\n')}` : 'No regression (no median more than 20 % and 5 ms worse).');
    out.push('');
  }

  out.push('#### Budgets');
  out.push('');
  out.push('| budget | figure | limit | met? |');
  out.push('| --- | --- | --- | --- |');
  for (const b of budgets(bench)) out.push(`| ${b.name} | ${b.figure} | ${b.limit} | ${b.met === null ? 'not measured' : b.met ? 'met' : '**not met**'} |`);
  out.push('');

  const notes = bench.datasets.find((d) => d.name === 'notes');
  if (notes) {
    const run = defaultRun(notes);
    out.push(`#### The notes' graph (${run?.nodes ?? '?'} entities, ${run?.edges ?? '?'} relations), ${run?.renderer ?? '?'} renderer, against the naive baseline`);
    out.push('');
    out.push('| measurement | median | p95 | range | n | baseline median | ours ÷ baseline |');
    out.push('| --- | ---: | ---: | --- | ---: | ---: | ---: |');
    out.push(...figureRows(run, notes.runs.baseline, ORDER));
    const fl = notes.runs.floor?.figures;
    if (fl) {
      out.push(`| Bare-Cytoscape floor: navigation → drawn | ${val(fl.navDrawn?.median, 'ms')} | ${val(fl.navDrawn?.p95, 'ms')} | | ${fl.navDrawn?.n ?? 0} | | |`);
      out.push(`| Bare-Cytoscape floor: navigation → interactive | ${val(fl.navInteractive?.median, 'ms')} | ${val(fl.navInteractive?.p95, 'ms')} | | ${fl.navInteractive?.n ?? 0} | | |`);
      out.push(`| App ÷ floor, navigation → interactive | ${x(floorRatio(notes))} | | | | | |`);
      if (fl.yearStep) out.push(`| Bare-Cytoscape floor: year step (the app's classes, the floor's style) | ${val(fl.yearStep.median, 'ms')} | ${val(fl.yearStep.p95, 'ms')} | | ${fl.yearStep.n ?? 0} | | |`);
    }
    out.push(`| Baseline ÷ app, navigation → interactive (times faster) | ${x(baselineSpeedup(notes))} | | | | | |`);
    const t = notes.bundle?.totals;
    if (t) {
      out.push(`| First-load JavaScript, gzip | ${kB(t.initialJsGzip)} | | | | | |`);
      out.push(`| … of which the data module (approx.) | ${kB(notes.moduleGzip)} | | | | | |`);
      out.push(`| First-load CSS, gzip (separate files) | ${kB(t.initialCssGzip)} | | | | | |`);
      out.push(`| Lazily loaded JavaScript, gzip | ${kB(t.lazyJsGzip)} | | | | | |`);
      out.push(`| Lazily loaded CSS, gzip | ${kB(t.lazyCssGzip)} | | | | | |`);
    }
    out.push('');
  }

  // Canvas against WebGL, and the scale tables.
  const withRuns = bench.datasets.filter((d) => d.runs.canvas || d.runs.webgl || d.runs.baseline || d.pipeline);
  for (const d of withRuns) {
    const c = d.runs.canvas;
    const w = d.runs.webgl;
    const b = d.runs.baseline;
    const title =
      d.name === 'notes'
        ? `#### Renderers on the notes' graph`
        : `#### ${sizeName(d)} entities (${d.counts?.relations.toLocaleString('en-GB') ?? '?'} relations, ${d.counts?.slides.toLocaleString('en-GB') ?? '?'} slides)`;
    out.push(title);
    out.push('');
    out.push(`Default renderer: ${d.defaultRenderer ?? '—'}.`);
    out.push('');
    out.push('| measurement | canvas median | canvas p95 | WebGL median | WebGL p95 | baseline median | canvas ÷ baseline |');
    out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const key of ORDER) {
      const f = figure(key);
      const cs = c?.figures[key];
      const ws = w?.figures[key];
      const bs = b?.figures[key];
      if (!cs && !ws && !bs && !((c?.failed || w?.failed) && REQUIRED.app.includes(key))) continue;
      out.push(`| ${f.label} | ${cell(c, key, 'median')} | ${cell(c, key, 'p95')} | ${cell(w, key, 'median')} | ${cell(w, key, 'p95')} | ${bs ? val(bs.median, f.unit) : ''} | ${bs ? x(ratio(cs?.median ?? NaN, bs.median)) : ''} |`);
    }
    if (d.name !== 'notes') {
      const p = d.pipeline;
      out.push(`| Node: generate data | ${ms(d.generateMs)} | | | | | |`);
      out.push(`| Node: validate | ${ms(p?.validateMs)} | | | | | |`);
      out.push(`| Node: build graph (incl. mentions) | ${ms(p?.buildMs)} | | | | | |`);
      out.push(`| Node: mention scan alone | ${ms(p?.mentionsMs)} | | | | | |`);
      out.push(`| Node: layout (${Number(d.name) > 800 ? 'ForceAtlas2' : 'fcose'} + overlap removal) | ${p?.draft ? 'did not finish (draft positions used)' : ms(p?.layoutMs)} | | | | | |`);
      out.push(`| Vite build of the app${d.appBuildCached ? ' (cached)' : ''} | ${ms(d.appBuildMs)} | | | | | |`);
      out.push(`| First-load JavaScript, gzip | ${kB(d.bundle?.totals.initialJsGzip)} | | | | | |`);
      out.push(`| … of which the data module (approx.) | ${kB(d.moduleGzip)} | | | | | |`);
    }
    const failures = Object.entries(d.runs).flatMap(([r, run]) => (run?.failed ? [`${r === 'path' ? 'whole path' : r === 'floor' ? 'bare-Cytoscape floor' : r === 'webgl' ? 'WebGL' : r}: **failed: ${run.failed}**`] : []));
    const notesList = [...failures, ...d.notes, ...(c?.notes ?? []).map((n) => `canvas: ${n}`), ...(w?.notes ?? []).map((n) => `WebGL: ${n}`), ...(b?.notes ?? []).map((n) => `baseline: ${n}`)];
    if (notesList.length) {
      out.push('');
      for (const n of [...new Set(notesList)]) out.push(`- ${n}`);
    }
    out.push('');
  }

  // The whole path at the largest sizes.
  for (const d of bench.datasets.filter((q) => q.runs.path)) {
    const p = d.runs.path!;
    out.push(`#### The whole path at ${sizeName(d)} entities, in the browser (${p.renderer} renderer, ${p.nodes.toLocaleString('en-GB')} nodes drawn)`);
    out.push('');
    out.push('The built app open on the notes; the generated folder picked with “Pick a folder”; the pipeline and the layout in the app’s Web Workers; the graph drawn; then explored. Times from the folder input’s change event.');
    out.push('');
    out.push('| measurement | median | p95 | n |');
    out.push('| --- | ---: | ---: | ---: |');
    for (const key of PATH_ORDER) {
      const f = figure(key);
      const s = p.figures[key];
      if (!s) continue;
      out.push(`| ${f.label} | ${val(s.median, f.unit)} | ${val(s.p95, f.unit)} | ${s.n} |`);
    }
    if (p.notes.length || p.errors.length || p.failed) {
      out.push('');
      for (const n of [...new Set([...(p.failed ? [`**failed: ${p.failed}**`] : []), ...p.notes, ...p.errors.map((e) => `error: ${e.slice(0, 300)}`)])]) out.push(`- ${n}`);
    }
    out.push('');
  }

  // Growth with size.
  const sized = bench.datasets.filter((d) => d.name !== 'notes');
  if (sized.length) {
    const cols = bench.datasets;
    out.push('#### How each cost grows with size (medians; default renderer)');
    out.push('');
    out.push(`| measurement | ${cols.map((d) => (d.name === 'notes' ? `notes (${defaultRun(d)?.nodes ?? 146})` : sizeName(d))).join(' | ')} | growth k (cost ∝ n^k over the synthetic sizes) |`);
    out.push(`| --- | ${cols.map(() => '---:').join(' | ')} | ---: |`);
    const entities = (d: DatasetResult) => (d.name === 'notes' ? (defaultRun(d)?.nodes ?? 146) : Number(d.name));
    const row = (label: string, get: (d: DatasetResult) => number | undefined, unit = 'ms') => {
      const values = cols.map((d) => get(d));
      const k = growthExponent(sized.map((d) => ({ size: entities(d), cost: get(d) ?? NaN })));
      out.push(`| ${label} | ${values.map((v) => (unit === 'kB' ? kB(v) : val(v, unit))).join(' | ')} | ${Number.isFinite(k) ? k.toFixed(2) : '—'} |`);
    };
    for (const key of ['firstPicture', 'navDrawn', 'navInteractive', 'yearStep', 'filterToggle', 'keystroke', 'select', 'focusOn', 'rearrange', 'panZoomFrame', 'heapMB']) {
      row(figure(key).label, (d) => defaultRun(d)?.figures[key]?.median, figure(key).unit);
    }
    row('Bare-Cytoscape floor: navigation → interactive', (d) => d.runs.floor?.figures.navInteractive?.median);
    out.push(`| App ÷ floor (interactive) | ${cols.map((d) => x(floorRatio(d))).join(' | ')} | |`);
    row('Baseline: navigation → drawn', (d) => d.runs.baseline?.figures.navDrawn?.median);
    row('Baseline: year step', (d) => d.runs.baseline?.figures.yearStep?.median);
    row('Node: validate', (d) => d.pipeline?.validateMs ?? undefined);
    row('Node: build graph (mentions)', (d) => d.pipeline?.buildMs ?? undefined);
    row('Node: pipeline (read + validate + build)', (d) => pipelineMs(d.pipeline));
    row('Node: layout', (d) => d.pipeline?.layoutMs ?? undefined);
    row('Whole path: layout in the worker (browser)', (d) => d.runs.path?.figures.pathLayout?.median);
    row('Whole path: picked → interactive (browser)', (d) => d.runs.path?.figures.pathInteractive?.median);
    row('First-load JavaScript, gzip', (d) => d.bundle?.totals.initialJsGzip, 'kB');
    out.push('');
  }
  return out.join('\n');
}
