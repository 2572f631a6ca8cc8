/**
 * `npm run bench`: builds the app, a naive baseline (bench/baseline/) and the bare-Cytoscape floor
 * (bench/floor/) on the notes' data and on synthetic data of 1,000, 5,000 and 10,000 entities, drives each
 * build in headless Chromium in one session, and writes bench/results/latest.json and latest.md (plus dated
 * copies, the history): the machine and its load at start and end, median, p95 and range of every figure,
 * ratios to the baseline and to the floor, the growth with size, the budgets met or not, and the medians
 * that regressed against the previous run of the same mode.
 *
 *   npm run bench                     full run (takes long at 10,000 entities: see README ## Performance)
 *   npm run bench -- --smoke          CI: 2 repetitions, notes + 1,000 only (WebGL and the baseline on the notes only); exit 1 if any figure is missing
 *   npm run bench -- --baseline-all   also run the naive baseline above 1,000 entities (fcose in the page: minutes)
 *   npm run bench -- --sizes 1000,5000   other synthetic sizes (0 or none: notes only)
 *   npm run bench -- --fresh          ignore cached pipeline timings and builds
 *   npm run bench -- --no-webgl       skip the WebGL renderer runs
 *   npm run bench -- --prepare        only generate data, time the pipeline and build (fills the caches)
 *   npm run bench -- --reuse-pipeline use cached pipeline timings and data modules even if their inputs changed
 *   npm run bench -- --path-sizes 1000   which sizes get the whole path in the browser (default: 10,000 in a full run, none in smoke)
 *   --pipeline-minutes N / --layout-minutes N   time limits of the Node steps (defaults grow with size)
 *   --path-minutes N                  limit of the whole path from the pick to interactive (default 8)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchBrowser } from './lib/browser';
import { bundleReport } from './lib/bundle';
import { REQUIRED } from './lib/figures';
import { cached, hashInputs, lastJson, runChild, store } from './lib/node-steps';
import { previousRun, regressions, renderMarkdown, type BenchResult, type DatasetResult, type NodeTiming, type RunSummary } from './lib/report';
import { labelMoments } from './lib/label-moments';
import { type RunResult, runAll } from './lib/scenarios';
import { wholePath } from './lib/whole-path';
import { pathPlan, planFor } from './lib/plans';
import { serveStatic } from './lib/server';
import { summarize } from './lib/stats';
import type { LayoutTiming, PipelineTiming } from './pipeline-timing';
import { generateFolder } from './synthetic';
import { moduleSizes } from './scale-growth';
import { gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SMOKE = flag('smoke');
const FRESH = flag('fresh');
const WEBGL = !flag('no-webgl');
const SIZES = (option('sizes') ?? (SMOKE ? '1000' : '1000,5000,10000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** Sizes whose whole path (pick the folder → pipeline and layout in workers → explore) is timed in the browser. */
const PATH_SIZES = (option('path-sizes') ?? (SMOKE ? '' : SIZES.filter((n) => n >= 10000).join(',')))
  .split(',')
  .map(Number)
  .filter((n) => SIZES.includes(n));
const RESULTS = resolve('bench/results');
/** The naive baseline lays out in the page (31 s at 1,000 entities, minutes at 5,000): notes and 1,000 only, unless asked. */
const baselineWanted = (name: string) => flag('baseline-all') || name === 'notes' || (!SMOKE && Number(name) <= 1000);
const CACHE = join(RESULTS, 'cache');
const log = (msg: string) => process.stdout.write(`${msg}\n`);

/** The whole path's limit from the pick to interactive (the issue's goals: pipeline ≤ 60 s, layout ≤ 2 min). */
const PATH_TIMEOUT_MS = Number(option('path-minutes') ?? 8) * 60_000;

function environment() {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: totalmem() / 1024 ** 3,
    node: process.version,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain']).length > 0,
    mode: SMOKE ? 'smoke' : 'full',
    loadStart: loadavg()[0]!,
  };
}

const GENERATOR_INPUTS = ['bench/synthetic.ts', 'graph-data'];
const SRC_INPUTS = ['src', 'index.html', 'public', 'vite.config.ts', 'bench/vite.bench.ts', 'package-lock.json'];
const PIPELINE_INPUTS = ['src/model', 'src/node', 'src/layout', 'src/vite', 'bench/pipeline-timing.ts', 'package-lock.json'];


async function pipelineStep(name: string, dir: string, moduleFile: string): Promise<{ timing: NodeTiming | null; cached: boolean; notes: string[] }> {
  const key = hashInputs([dir, ...PIPELINE_INPUTS]);
  const cacheFile = join(CACHE, `pipeline-${name}.json`);
  let hit = FRESH ? null : cached<NodeTiming>(cacheFile, key);
  let stale = false;
  if (!hit && !FRESH && flag('reuse-pipeline') && existsSync(cacheFile)) {
    hit = (JSON.parse(readFileSync(cacheFile, 'utf8')) as { value: NodeTiming }).value;
    stale = true;
  }
  if (hit && existsSync(moduleFile)) {
    if (stale) log('  pipeline: reusing an earlier run although its inputs have changed since (--reuse-pipeline)');
    log(`  pipeline: cached (${fmtMs(hit.validateMs)} validate, ${fmtMs(hit.buildMs)} build, ${hit.draft ? 'layout did not finish' : `${fmtMs(hit.layoutMs)} layout`})`);
    const notes = hit.draft ? ['the build-time layout did not finish in the time allowed: the app was measured with draft (spiral) positions'] : [];
    if (stale) notes.push('pipeline timings and data module reused from an earlier run whose inputs (data or model code) have changed since (--reuse-pipeline)');
    return { timing: hit, cached: true, notes };
  }
  const size = name === 'notes' ? 0 : Number(name);
  const pipelineMin = Number(option('pipeline-minutes') ?? (size >= 10000 ? 90 : size >= 5000 ? 45 : 15));
  const layoutMin = Number(option('layout-minutes') ?? (size >= 10000 ? 45 : size >= 5000 ? 60 : 15));
  const notes: string[] = [];
  log(`  pipeline: validating and building in Node (limit ${pipelineMin} min)…`);
  const p = await runChild('npx', ['tsx', 'bench/pipeline-timing.ts', dir, '--module-out', moduleFile], { timeoutMs: pipelineMin * 60_000 });
  const timing = lastJson<PipelineTiming>(p.stdout);
  if (p.timedOut || !timing?.done) {
    notes.push(p.timedOut ? `the pipeline did not finish within ${pipelineMin} min (stopped); last step done: ${JSON.stringify(timing)}` : `the pipeline failed: ${timing?.error ?? p.stderr.slice(-500)}`);
    return { timing: timing ? { ...timing, layoutMs: NaN } : null, cached: false, notes };
  }
  log(`  pipeline: ${fmtMs(timing.validateMs)} validate, ${fmtMs(timing.buildMs)} build (mention scan ${fmtMs(timing.mentionsMs)}); layout (limit ${layoutMin} min)…`);
  const l = await runChild('npx', ['tsx', 'bench/pipeline-timing.ts', '--layout', moduleFile, ...(name === 'notes' ? ['--check-plugin', dir] : [])], { timeoutMs: layoutMin * 60_000 });
  const lt = lastJson<LayoutTiming>(l.stdout);
  const merged: NodeTiming = { ...timing, layoutMs: lt?.done ? lt.layoutMs : NaN, moduleMatchesPlugin: lt?.moduleMatchesPlugin, draft: !lt?.done };
  if (!lt?.done) {
    merged.layoutMs = l.timedOut ? Number.POSITIVE_INFINITY : NaN;
    notes.push(
      l.timedOut
        ? `the build-time layout did not finish within ${layoutMin} min (stopped): the app was measured with draft (spiral) positions`
        : `the build-time layout failed (${lt?.error ?? l.stderr.slice(-300)}): the app was measured with draft (spiral) positions`,
    );
  } else log(`  layout: ${fmtMs(lt.layoutMs)}`);
  if (lt?.moduleMatchesPlugin === false) {
    const warning = 'the data module the bench wrote differs from the plugin’s: check bench/pipeline-timing.ts against src/vite/graph-data-plugin.ts';
    notes.push(warning);
    log(`  WARNING: ${warning}`);
  }
  store(cacheFile, key, merged);
  return { timing: merged, cached: false, notes };
}

async function buildStep(what: 'app' | 'baseline' | 'floor', name: string, dir: string, moduleFile: string | null): Promise<{ outDir: string; ms: number; cached: boolean; error?: string; notes?: string[] }> {
  const outDir = join(RESULTS, what === 'app' ? `dist-${name}` : `${what}-${name}`);
  const inputs =
    what === 'app'
      ? [...SRC_INPUTS, moduleFile ?? dir]
      : what === 'floor'
        ? ['bench/floor', 'src/layout/label-metrics.ts', 'src/app', 'src/model', 'src/view/canvas', 'package-lock.json', moduleFile ?? dir]
        : ['bench/baseline', 'src/app', 'src/model', 'src/node', 'package-lock.json', moduleFile ?? dir];
  const key = hashInputs(inputs);
  const cacheFile = join(CACHE, `build-${what}-${name}.json`);
  const hit = FRESH ? null : cached<{ ms: number; notes?: string[] }>(cacheFile, key);
  if (hit && existsSync(join(outDir, 'index.html'))) return { outDir, ms: hit.ms, cached: true, notes: hit.notes };
  const config = what === 'app' ? 'bench/vite.bench.ts' : `bench/${what}/vite.config.ts`;
  const env: NodeJS.ProcessEnv = what === 'app' && !moduleFile ? { ALLEGIANCE_DATA: resolve(dir) } : { BENCH_DATA_MODULE: moduleFile ?? '', BENCH_DATA: resolve(dir) };
  const r = await runChild('npx', ['vite', 'build', '--configLoader', 'runner', '--config', config, '--outDir', outDir, '--emptyOutDir'], { env, timeoutMs: 30 * 60_000 });
  if (r.code !== 0) return { outDir, ms: r.ms, cached: false, error: `${what} build failed: ${(r.stderr + r.stdout).slice(-1500)}` };
  // Notes the bench's Vite config prints (bench/vite.bench.ts: BENCH-NOTE lines).
  const notes = [...(r.stderr + r.stdout).matchAll(/BENCH-NOTE: (.*)/g)].map((m) => m[1]!.trim());
  store(cacheFile, key, { ms: r.ms, notes });
  return { outDir, ms: r.ms, cached: false, notes };
}

function summarise(run: RunResult): RunSummary {
  const figures: RunSummary['figures'] = {};
  for (const [k, xs] of Object.entries(run.samples)) figures[k] = summarize(xs);
  return { renderer: run.renderer, nodes: run.nodes, edges: run.edges, figures, samples: run.samples, notes: run.notes, errors: run.errors };
}

const fmtMs = (ms: number | null | undefined) => (ms === null || ms === undefined || !Number.isFinite(ms) ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  const started = performance.now();
  const env = environment();
  log(`Allegiance bench (${env.mode}): ${env.cores} × ${env.cpu}, Node ${env.node}, sizes: notes${SIZES.map((s) => `, ${s}`).join('')}`);
  const datasets: { name: string; dir: string }[] = [{ name: 'notes', dir: 'graph-data' }, ...SIZES.map((n) => ({ name: String(n), dir: join(RESULTS, `data-${n}`) }))];
  const results: DatasetResult[] = [];

  // Node side first: data, pipeline, builds (the browser is not running meanwhile).
  for (const ds of datasets) {
    log(`\n[${ds.name}] data and builds`);
    const result: DatasetResult = { name: ds.name, notes: [], runs: {} };
    results.push(result);
    if (ds.name !== 'notes') {
      const countsFile = `${ds.dir}.counts.json`;
      const reuse = flag('reuse-pipeline') && existsSync(countsFile) && existsSync(join(CACHE, `pipeline-${ds.name}.json`)) && existsSync(join(RESULTS, `module-${ds.name}.json`));
      if (reuse) {
        // Keep the folder the cached pipeline ran on (the real data may have changed since).
        const saved = JSON.parse(readFileSync(countsFile, 'utf8')) as { counts: DatasetResult['counts']; generateMs: number };
        result.counts = saved.counts;
        result.generateMs = saved.generateMs;
        log(`  data: reusing the generated folder (${saved.counts?.entities} entities, ${saved.counts?.relations} relations)`);
      } else {
        // The folder depends only on the generator, the real notes' shape and the size: kept while those are unchanged.
        const key = `${ds.name}:${hashInputs(GENERATOR_INPUTS)}`;
        const saved = FRESH || !existsSync(countsFile) ? null : (JSON.parse(readFileSync(countsFile, 'utf8')) as { key?: string; counts: NonNullable<DatasetResult['counts']>; generateMs: number });
        if (saved?.key === key && existsSync(ds.dir)) {
          result.counts = saved.counts;
          result.generateMs = saved.generateMs;
          log(`  data: the generated folder is unchanged (${saved.counts.entities} entities, ${saved.counts.relations} relations; generated in ${fmtMs(saved.generateMs)})`);
        } else {
          const t = performance.now();
          const counts = generateFolder(ds.dir, Number(ds.name), 1);
          result.generateMs = performance.now() - t;
          result.counts = counts;
          writeFileSync(countsFile, JSON.stringify({ key, counts, generateMs: result.generateMs }));
          log(`  generated ${counts.entities} entities, ${counts.relations} relations, ${counts.slides} slides in ${fmtMs(result.generateMs)}`);
        }
      }
    }
    const moduleFile = join(RESULTS, `module-${ds.name}.json`);
    const pipe = await pipelineStep(ds.name, ds.dir, moduleFile);
    result.pipeline = pipe.timing;
    result.pipelineCached = pipe.cached;
    result.notes.push(...pipe.notes);
    if (!pipe.timing?.done || !existsSync(moduleFile)) {
      log(`  ${pipe.notes.join('; ') || 'no data module'}: no build for ${ds.name}`);
      continue;
    }
    result.moduleGzip = gzipSync(readFileSync(moduleFile), { level: 9 }).length;
    // Growth table: the data module's size as graph.export() and as built (compact from 1,000 entities).
    const sizes = moduleSizes(readFileSync(moduleFile, 'utf8'));
    Object.assign(result, { moduleSizes: sizes });
    log(`  data module: ${(sizes.moduleBytes / 1e6).toFixed(2)} MB (${(sizes.moduleGzip / 1e3).toFixed(0)} kB gzip)${sizes.compact ? `, as graph.export() ${(sizes.exportBytes / 1e6).toFixed(2)} MB` : ''}`);
    // The notes' app is built by the app's own plugin (as `vite build`); synthetic ones from the module file.
    // The app, the floor and the baseline are built at once (their build times are not goals; the pipeline above
    // ran alone, so its timings are not shared with a build).
    const wantBaseline = baselineWanted(ds.name);
    const [app, floor, base] = await Promise.all([
      buildStep('app', ds.name, ds.dir, ds.name === 'notes' ? null : moduleFile),
      buildStep('floor', ds.name, ds.dir, moduleFile),
      wantBaseline ? buildStep('baseline', ds.name, ds.dir, moduleFile) : null,
    ]);
    const together = [app, floor, base].filter((b) => b && !b.cached).length > 1 ? ' (built alongside the others)' : '';
    if (app.error) {
      result.notes.push(app.error);
      log(`  ${app.error}`);
      continue;
    }
    result.notes.push(...(app.notes ?? []));
    result.appBuildMs = app.ms;
    result.appBuildCached = app.cached;
    result.bundle = bundleReport(app.outDir);
    result.appDir = app.outDir;
    log(`  app build ${app.cached ? 'cached' : fmtMs(app.ms) + together}: first-load JS ${(result.bundle.totals.initialJsGzip / 1000).toFixed(1)} kB gzip`);
    if (floor.error) result.notes.push(floor.error);
    else {
      result.floorDir = floor.outDir;
      log(`  bare-Cytoscape floor build ${floor.cached ? 'cached' : fmtMs(floor.ms)}`);
    }
    if (!base) {
      result.notes.push(`naive baseline not run at this size in a ${SMOKE ? 'smoke' : 'default'} run (fcose in the page takes minutes; --baseline-all runs it)`);
      continue;
    }
    if (base.error) result.notes.push(base.error);
    else {
      result.baselineBuildMs = base.ms;
      result.baselineDir = base.outDir;
      log(`  baseline build ${base.cached ? 'cached' : fmtMs(base.ms)}`);
    }
  }

  if (flag('prepare')) {
    log(`\nPrepared (${((performance.now() - started) / 60_000).toFixed(1)} min): data, pipeline timings and builds are cached in bench/results/.`);
    return;
  }

  // Browser side.
  const browser = await launchBrowser();
  const chromium = browser.version();
  try {
    for (const result of results) {
      if (!result.appDir) continue;
      log(`\n[${result.name}] browser`);
      if (result.floorDir) {
        // The floor first, then the app, in the same browser: the ratio compares like with like.
        const fs = await serveStatic(result.floorDir);
        try {
          log(`  bare-Cytoscape floor`);
          result.runs.floor = summarise(await runAll(browser, fs.url, planFor(result.name, 'floor', { smoke: SMOKE }), 'floor'));
        } finally {
          await fs.close();
        }
      }
      const server = await serveStatic(result.appDir);
      try {
        log(`  app, default renderer`);
        const layoutDone = !result.pipeline?.draft;
        const first = summarise(await runAll(browser, server.url, planFor(result.name, 'app', { smoke: SMOKE, layoutDone }), 'app'));
        if (!layoutDone) first.notes.push('re-arrange not run: the same layout did not finish in Node within its time limit, and in the page it would block the tab for longer');
        if (result.name === 'notes') {
          // Rendered label sizes (issue 11): one sample per moment, on the notes only.
          for (const m of await labelMoments(browser, server.url)) {
            first.samples[m.key] = [m.min];
            first.figures[m.key] = summarize([m.min]);
          }
        }
        result.runs[first.renderer === 'webgl' ? 'webgl' : 'canvas'] = first;
        result.defaultRenderer = first.renderer;
        if (WEBGL && (!SMOKE || result.name === 'notes')) {
          const other = first.renderer === 'webgl' ? 'canvas' : 'webgl';
          log(`  app, ${other} renderer (forced)`);
          const forced = summarise(await runAll(browser, `${server.url}?bench-renderer=${other}&renderer=${other}`, planFor(result.name, 'app', { smoke: SMOKE, forced: true, layoutDone }), 'app'));
          if (layoutDone && Number(result.name) >= 5000) forced.notes.push('re-arrange measured with the default renderer only (its cost is the layout, not the drawing)');
          if (forced.renderer !== other) forced.notes.push(`asked for the ${other} renderer, got ${forced.renderer}`);
          result.runs[other] = forced;
        }
      } finally {
        await server.close();
      }
      if (result.baselineDir) {
        const bs = await serveStatic(result.baselineDir);
        try {
          log(`  naive baseline`);
          result.runs.baseline = summarise(await runAll(browser, bs.url, planFor(result.name, 'baseline', { smoke: SMOKE }), 'baseline'));
        } finally {
          await bs.close();
        }
      }
    }
    // The whole path at the largest sizes: the notes' build, the generated folder picked in its Dataset menu.
    const notesApp = results.find((r) => r.name === 'notes')?.appDir;
    for (const result of results.filter((r) => PATH_SIZES.includes(Number(r.name)))) {
      const dir = datasets.find((d) => d.name === result.name)!.dir;
      if (!notesApp) {
        result.notes.push('whole path not measured: the notes’ build is missing');
        continue;
      }
      log(`\n[${result.name}] whole path: pick the folder → pipeline and layout in workers → explore (limit ${PATH_TIMEOUT_MS / 60_000} min)`);
      const server = await serveStatic(notesApp);
      try {
        const path = summarise(await wholePath(browser, server.url, dir, Number(result.name), pathPlan(), PATH_TIMEOUT_MS));
        for (const k of ['pathPipeline', 'pathLayout', 'pathDrawn', 'pathInteractive']) log(`    ${k}: ${fmtMs(path.figures[k]?.median)}`);
        for (const n of path.notes) log(`    note: ${n}`);
        result.runs.path = path;
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }

  const bench: BenchResult = { env: { ...env, chromium, minutes: (performance.now() - started) / 60_000, loadEnd: loadavg()[0]! }, datasets: results, smoke: SMOKE };
  const previous = previousRun(RESULTS, env.mode);
  const markdown = renderMarkdown(bench, previous);
  const stamp = env.date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(bench, null, 1));
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  writeFileSync(join(RESULTS, `bench-${env.mode}-${stamp}.json`), JSON.stringify(bench, null, 1));
  writeFileSync(join(RESULTS, `bench-${env.mode}-${stamp}.md`), markdown);
  log(`\n${markdown}`);
  const worse = regressions(bench, previous);
  if (previous) log(worse.length ? `REGRESSIONS against the previous ${env.mode} run (${previous.env.date}): ${worse.length}, listed above` : `No regression against the previous ${env.mode} run (${previous.env.date}).`);
  log(`Written: bench/results/latest.json, bench/results/latest.md (${((performance.now() - started) / 60_000).toFixed(1)} min)`);

  const pageErrors = bench.datasets.flatMap((d) => ['canvas', 'webgl', 'baseline'].flatMap((r) => (d.runs[r]?.errors ?? []).map((e) => `${d.name} ${r}: ${e.slice(0, 300)}`)));
  if (pageErrors.length) log(`\nErrors seen in the pages (not failures by themselves):\n${pageErrors.map((e) => `  - ${e}`).join('\n')}`);
  const missing = missingFigures(bench);
  if (missing.length) {
    log(`\nMISSING FIGURES (${missing.length}):\n${missing.map((m) => `  - ${m}`).join('\n')}`);
    if (SMOKE) process.exitCode = 1;
  } else if (SMOKE) log('\nSmoke check: every figure was produced.');
}

/** Every figure a run should have produced and did not (missing or NaN). */
export function missingFigures(bench: BenchResult): string[] {
  const out: string[] = [];
  const check = (where: string, v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) out.push(where);
  };
  for (const d of bench.datasets) {
    const p = d.pipeline;
    for (const k of ['validateMs', 'buildMs', 'mentionsMs', 'layoutMs'] as const) check(`${d.name}: pipeline ${k}`, p?.[k]);
    check(`${d.name}: app build time`, d.appBuildMs);
    check(`${d.name}: first-load JS`, d.bundle?.totals.initialJsGzip);
    check(`${d.name}: lazy JS`, d.bundle?.totals.lazyJsGzip);
    const renderers = WEBGL && (!SMOKE || d.name === 'notes') ? ['canvas', 'webgl'] : [d.defaultRenderer === 'webgl' ? 'webgl' : 'canvas'];
    for (const r of renderers) {
      for (const k of REQUIRED.app) {
        // Re-arrange is not planned where the layout did not finish, nor for the forced renderer at 5,000 and up.
        if (k === 'rearrange' && (d.pipeline?.draft || (SMOKE && d.name !== 'notes') || (Number(d.name) >= 5000 && r !== d.defaultRenderer))) continue;
        check(`${d.name}: app (${r}) ${k}`, d.runs[r]?.figures[k]?.median);
      }
    }
    if (baselineWanted(d.name)) for (const k of REQUIRED.baseline) check(`${d.name}: baseline ${k}`, d.runs.baseline?.figures[k]?.median);
    for (const k of REQUIRED.floor) check(`${d.name}: bare-Cytoscape floor ${k}`, d.runs.floor?.figures[k]?.median);
    if (PATH_SIZES.includes(Number(d.name))) for (const k of REQUIRED.path) check(`${d.name}: whole path ${k}`, d.runs.path?.figures[k]?.median);
  }
  return out;
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
