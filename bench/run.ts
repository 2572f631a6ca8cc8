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
 *   npm run bench -- --reuse-dist     use dist/ as the notes' app when it is newer than every input (npm test's smoke: just built)
 *   npm run bench -- --fresh          ignore cached pipeline timings and builds
 *   npm run bench -- --no-webgl       skip the forced-renderer runs (the renderer the app does not pick)
 *   npm run bench -- --webgl-all      also run the forced renderer at 10,000 entities (8 more minutes)
 *   npm run bench -- --prepare        only generate data, time the pipeline and build (fills the caches)
 *   npm run bench -- --reuse-pipeline use cached pipeline timings and data modules even if their inputs changed
 *   npm run bench -- --path-sizes 1000   which sizes get the whole path in the browser (default: 10,000 in a full run, none in smoke)
 *   --pipeline-minutes N / --layout-minutes N   time limits of the Node steps (defaults grow with size)
 *   --path-minutes N                  limit of the whole path from the pick to interactive (default 4; exploring it: 2 more)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchBrowser } from './lib/browser';
import { bundleReport } from './lib/bundle';
import { REQUIRED } from './lib/figures';
import { cached, hashInputs, lastJson, newestMtime, runChild, store } from './lib/node-steps';
import { RUN_MINUTES, previousRun, regressions, renderMarkdown, type BenchResult, type DatasetResult, type NodeTiming, type RunSummary } from './lib/report';
import { labelMoments } from './lib/label-moments';
import { type RunResult, isCrash, runVariant } from './lib/scenarios';
import { wholePath } from './lib/whole-path';
import { forcedSkip, pathPlan, planFor, rearrangeSkip } from './lib/plans';
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
const WEBGL_ALL = flag('webgl-all');
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

/** The whole path's limit from the pick to interactive: 4 min (the issue's goals, pipeline ≤ 60 s and layout ≤ 2 min, plus 1 min to draw). */
const PATH_TIMEOUT_MS = Number(option('path-minutes') ?? 4) * 60_000;

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


async function pipelineStep(name: string, dir: string, moduleFile: string, say: (msg: string) => void = log): Promise<{ timing: NodeTiming | null; cached: boolean; notes: string[] }> {
  const key = hashInputs([dir, ...PIPELINE_INPUTS]);
  const cacheFile = join(CACHE, `pipeline-${name}.json`);
  let hit = FRESH ? null : cached<NodeTiming>(cacheFile, key);
  let stale = false;
  if (!hit && !FRESH && flag('reuse-pipeline') && existsSync(cacheFile)) {
    hit = (JSON.parse(readFileSync(cacheFile, 'utf8')) as { value: NodeTiming }).value;
    stale = true;
  }
  if (hit && existsSync(moduleFile)) {
    if (stale) say('  pipeline: reusing an earlier run although its inputs have changed since (--reuse-pipeline)');
    say(`  pipeline: cached (${fmtMs(hit.validateMs)} validate, ${fmtMs(hit.buildMs)} build, ${hit.draft ? 'layout did not finish' : `${fmtMs(hit.layoutMs)} layout`})`);
    const notes = hit.draft ? ['the build-time layout did not finish in the time allowed: the app was measured with draft (spiral) positions'] : [];
    if (stale) notes.push('pipeline timings and data module reused from an earlier run whose inputs (data or model code) have changed since (--reuse-pipeline)');
    return { timing: hit, cached: true, notes };
  }
  const size = name === 'notes' ? 0 : Number(name);
  const pipelineMin = Number(option('pipeline-minutes') ?? (size >= 10000 ? 90 : size >= 5000 ? 45 : 15));
  const layoutMin = Number(option('layout-minutes') ?? (size >= 10000 ? 45 : size >= 5000 ? 60 : 15));
  const notes: string[] = [];
  say(`  pipeline: validating and building in Node (limit ${pipelineMin} min)…`);
  const p = await runChild('npx', ['tsx', 'bench/pipeline-timing.ts', dir, '--module-out', moduleFile], { timeoutMs: pipelineMin * 60_000 });
  const timing = lastJson<PipelineTiming>(p.stdout);
  if (p.timedOut || !timing?.done) {
    notes.push(p.timedOut ? `the pipeline did not finish within ${pipelineMin} min (stopped); last step done: ${JSON.stringify(timing)}` : `the pipeline failed: ${timing?.error ?? p.stderr.slice(-500)}`);
    return { timing: timing ? { ...timing, layoutMs: NaN } : null, cached: false, notes };
  }
  say(`  pipeline: ${fmtMs(timing.validateMs)} validate, ${fmtMs(timing.buildMs)} build (mention scan ${fmtMs(timing.mentionsMs)}); layout (limit ${layoutMin} min)…`);
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
  } else say(`  layout: ${fmtMs(lt.layoutMs)}`);
  if (lt?.moduleMatchesPlugin === false) {
    const warning = 'the data module the bench wrote differs from the plugin’s: check bench/pipeline-timing.ts against src/vite/graph-data-plugin.ts';
    notes.push(warning);
    say(`  WARNING: ${warning}`);
  }
  store(cacheFile, key, merged);
  return { timing: merged, cached: false, notes };
}

async function buildStep(what: 'app' | 'baseline' | 'floor', name: string, dir: string, moduleFile: string | null): Promise<{ outDir: string; ms: number; cached: boolean; reused?: boolean; error?: string; notes?: string[] }> {
  const outDir = join(RESULTS, what === 'app' ? `dist-${name}` : `${what}-${name}`);
  const inputs =
    what === 'app'
      ? [...SRC_INPUTS, moduleFile ?? dir]
      : what === 'floor'
        ? ['bench/floor', 'src/layout/label-metrics.ts', 'src/app', 'src/model', 'src/view/canvas', 'package-lock.json', moduleFile ?? dir]
        : ['bench/baseline', 'src/app', 'src/model', 'src/node', 'package-lock.json', moduleFile ?? dir];
  if (what === 'app' && name === 'notes' && flag('reuse-dist')) {
    // `npm test` has just built dist/ with `vite build`, which is what the bench's config does for the notes (no data
    // module file; its renderer hook is inert): reuse it when it was built after every input last changed.
    const index = resolve('dist/index.html');
    if (existsSync(index) && statSync(index).mtimeMs > newestMtime([...SRC_INPUTS, 'vite.config.ts', dir])) {
      return { outDir: resolve('dist'), ms: NaN, cached: true, reused: true, notes: ['the notes’ app: dist/ reused (built by `npm test` after every input last changed; --reuse-dist)'] };
    }
    log('  dist/ is missing or older than its inputs: the notes’ app is built (--reuse-dist)');
  }
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
  return { renderer: run.renderer, nodes: run.nodes, edges: run.edges, figures, samples: run.samples, notes: run.notes, errors: run.errors, ...(run.failed ? { failed: run.failed } : {}) };
}

/** `p` or a rejection after `ms` naming `what`. */
async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_ok, fail) => (timer = setTimeout(() => fail(new Error(`${what}: not finished within ${Math.round(ms / 1000)} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

const fmtMs = (ms: number | null | undefined) => (ms === null || ms === undefined || !Number.isFinite(ms) ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  const started = performance.now();
  const env = environment();
  log(`Allegiance bench (${env.mode}): ${env.cores} × ${env.cpu}, Node ${env.node}, sizes: notes${SIZES.map((s) => `, ${s}`).join('')}; load average ${env.loadStart.toFixed(1)} at the start`);
  const datasets: { name: string; dir: string }[] = [{ name: 'notes', dir: 'graph-data' }, ...SIZES.map((n) => ({ name: String(n), dir: join(RESULTS, `data-${n}`) }))];
  const results: DatasetResult[] = [];
  const previous = previousRun(RESULTS, env.mode);
  const stamp = env.date.replace(/[:.]/g, '-');
  let chromium = '';
  /**
   * latest.json/md and the dated history file, with what has been measured so far; `partial` says where a run that
   * has not finished stopped (null: the finished run). Written after the Node side, after every size and at the end.
   */
  const writeReport = (partial: string | null): BenchResult => {
    const bench: BenchResult = { env: { ...env, chromium, minutes: (performance.now() - started) / 60_000, loadEnd: loadavg()[0]! }, datasets: results, smoke: SMOKE, ...(partial ? { partial } : {}) };
    const markdown = renderMarkdown(bench, previous);
    writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(bench, null, 1));
    writeFileSync(join(RESULTS, 'latest.md'), markdown);
    writeFileSync(join(RESULTS, `bench-${env.mode}-${stamp}.json`), JSON.stringify(bench, null, 1));
    writeFileSync(join(RESULTS, `bench-${env.mode}-${stamp}.md`), markdown);
    return bench;
  };
  const onSignal = (sig: NodeJS.Signals) => {
    writeReport(`stopped by ${sig} after ${((performance.now() - started) / 60_000).toFixed(1)} min`);
    log(`
Stopped by ${sig}: bench/results/latest.md holds what was measured (partial).`);
    process.exit(130);
  };
  writeOnFailure = (reason) => void writeReport(reason);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // Node side: data, pipeline, builds.
  /** One dataset's Node side: its data, the pipeline's timings and data module, and its builds. */
  const prepare = async (ds: { name: string; dir: string }): Promise<void> => {
    log(`\n[${ds.name}] data and builds`);
    const say = (msg: string) => log(SMOKE ? `  [${ds.name}] ${msg.trimStart()}` : msg);
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
        say(`  data: reusing the generated folder (${saved.counts?.entities} entities, ${saved.counts?.relations} relations)`);
      } else {
        // The folder depends only on the generator, the real notes' shape and the size: kept while those are unchanged.
        const key = `${ds.name}:${hashInputs(GENERATOR_INPUTS)}`;
        const saved = FRESH || !existsSync(countsFile) ? null : (JSON.parse(readFileSync(countsFile, 'utf8')) as { key?: string; counts: NonNullable<DatasetResult['counts']>; generateMs: number });
        if (saved?.key === key && existsSync(ds.dir)) {
          result.counts = saved.counts;
          result.generateMs = saved.generateMs;
          say(`  data: the generated folder is unchanged (${saved.counts.entities} entities, ${saved.counts.relations} relations; generated in ${fmtMs(saved.generateMs)})`);
        } else {
          const t = performance.now();
          const counts = generateFolder(ds.dir, Number(ds.name), 1);
          result.generateMs = performance.now() - t;
          result.counts = counts;
          writeFileSync(countsFile, JSON.stringify({ key, counts, generateMs: result.generateMs }));
          say(`  generated ${counts.entities} entities, ${counts.relations} relations, ${counts.slides} slides in ${fmtMs(result.generateMs)}`);
        }
      }
    }
    const moduleFile = join(RESULTS, `module-${ds.name}.json`);
    const pipe = await pipelineStep(ds.name, ds.dir, moduleFile, say);
    result.pipeline = pipe.timing;
    result.pipelineCached = pipe.cached;
    result.notes.push(...pipe.notes);
    if (!pipe.timing?.done || !existsSync(moduleFile)) {
      say(`  ${pipe.notes.join('; ') || 'no data module'}: no build for ${ds.name}`);
      return;
    }
    result.moduleGzip = gzipSync(readFileSync(moduleFile), { level: 9 }).length;
    // Growth table: the data module's size as graph.export() and as built (compact from 1,000 entities).
    const sizes = moduleSizes(readFileSync(moduleFile, 'utf8'));
    Object.assign(result, { moduleSizes: sizes });
    say(`  data module: ${(sizes.moduleBytes / 1e6).toFixed(2)} MB (${(sizes.moduleGzip / 1e3).toFixed(0)} kB gzip)${sizes.compact ? `, as graph.export() ${(sizes.exportBytes / 1e6).toFixed(2)} MB` : ''}`);
    // The builds of this size at once: the app (the notes' by the app's own plugin, as `vite build`; synthetic ones
    // from the module file), the floor and the baseline. Their times are not goals; in a full run the pipeline above ran alone.
    const wantBaseline = baselineWanted(ds.name);
    const [app, floor, base] = await Promise.all([
      buildStep('app', ds.name, ds.dir, ds.name === 'notes' ? null : moduleFile),
      buildStep('floor', ds.name, ds.dir, moduleFile),
      wantBaseline ? buildStep('baseline', ds.name, ds.dir, moduleFile) : null,
    ]);
    const together = [app, floor, base].filter((b) => b && !b.cached).length > 1 ? ' (built alongside the others)' : '';
    if (app.error) {
      result.notes.push(app.error);
      say(`  ${app.error}`);
      return;
    }
    result.notes.push(...(app.notes ?? []));
    result.appBuildMs = app.ms;
    result.appBuildCached = app.cached;
    if (app.reused) result.appBuildReused = true;
    result.bundle = bundleReport(app.outDir);
    result.appDir = app.outDir;
    say(`  app build ${app.reused ? 'reused (dist/)' : app.cached ? 'cached' : fmtMs(app.ms) + together}: first-load JS ${(result.bundle.totals.initialJsGzip / 1000).toFixed(1)} kB gzip`);
    if (floor.error) result.notes.push(floor.error);
    else {
      result.floorDir = floor.outDir;
      say(`  bare-Cytoscape floor build ${floor.cached ? 'cached' : fmtMs(floor.ms)}`);
    }
    if (!base) {
      result.notes.push(`naive baseline not run at this size in a ${SMOKE ? 'smoke' : 'default'} run (fcose in the page takes minutes; --baseline-all runs it)`);
      return;
    }
    if (base.error) result.notes.push(base.error);
    else {
      result.baselineBuildMs = base.ms;
      result.baselineDir = base.outDir;
      say(`  baseline build ${base.cached ? 'cached' : fmtMs(base.ms)}`);
    }
  };

  // A full run prepares every size before the browser starts (the pipeline's and the builds' times are goals, and
  // nothing else runs meanwhile). A smoke run (its length is the goal, its figures are not judged) measures each size
  // in the browser while the next one is prepared.
  const prepared = new Map<string, Promise<void>>();
  if (SMOKE) {
    let chain: Promise<void> = Promise.resolve();
    for (const ds of datasets) {
      chain = chain.then(() => prepare(ds));
      chain.catch(() => undefined); // awaited (and its failure reported) when the browser side reaches this size
      prepared.set(ds.name, chain);
    }
    await prepared.get('notes');
  } else for (const ds of datasets) await prepare(ds);

  if (flag('prepare')) {
    await Promise.all(prepared.values());
    log(`\nPrepared (${((performance.now() - started) / 60_000).toFixed(1)} min): data, pipeline timings and builds are cached in bench/results/.`);
    return;
  }

  // Browser side. A crashed page, context or browser ends only its variant ("failed: <reason>" in the report); the
  // browser is relaunched when it is gone, and started afresh for each size from 5,000 (memory). The report is
  // written after every size, marked partial, so an interrupted run keeps what it measured.
  writeReport('stopped after the data and builds (before the browser)');
  let browser = await launchBrowser();
  chromium = browser.version();
  const ensureBrowser = async (fresh = false) => {
    if (browser.isConnected() && !fresh) return;
    if (!fresh) log('  (the browser was gone: relaunched)');
    await browser.close().catch(() => undefined);
    browser = await launchBrowser();
  };
  const variant = async (label: string, fn: () => Promise<RunResult>): Promise<RunSummary> => {
    log(`  ${label}`);
    await ensureBrowser();
    let run: RunResult;
    try {
      run = await fn();
    } catch (err) {
      run = { samples: {}, renderer: 'none', nodes: 0, edges: 0, notes: [], errors: [], failed: `${isCrash(err) ? 'the page or browser crashed' : 'error'}: ${String(err).split('\n')[0]!.slice(0, 300)}` };
      log(`    failed: ${run.failed}`);
    }
    return summarise(run);
  };
  const served = async <T>(dir: string, fn: (url: string) => Promise<T>): Promise<T> => {
    const server = await serveStatic(dir);
    try {
      return await fn(server.url);
    } finally {
      await server.close();
    }
  };
  try {
    for (const ds of datasets) {
      await prepared.get(ds.name); // a smoke run: this size's Node side may still be running
      const result = results.find((r) => r.name === ds.name);
      if (!result?.appDir) continue;
      log(`\n[${result.name}] browser (${((performance.now() - started) / 60_000).toFixed(1)} min into the run, load ${loadavg()[0]!.toFixed(1)})`);
      if (Number(result.name) >= 5000) await ensureBrowser(true);
      if (result.floorDir) {
        // The floor first, then the app, in the same browser: the ratio compares like with like.
        const plan = planFor(result.name, 'floor', { smoke: SMOKE });
        result.runs.floor = await served(result.floorDir, (url) => variant('bare-Cytoscape floor', () => runVariant(browser, url, plan, 'floor')));
      }
      const appDir = result.appDir;
      const layoutDone = !result.pipeline?.draft;
      const first = await served(appDir, (url) => variant('app, default renderer', () => runVariant(browser, url, planFor(result.name, 'app', { smoke: SMOKE, layoutDone }), 'app')));
      const skip = rearrangeSkip(result.name, { layoutDone, smoke: SMOKE });
      if (skip) {
        first.notes.push(skip);
        log(`    ${skip}`);
      }
      if (result.name === 'notes') {
        // Rendered label sizes (issue 11): one sample per moment, on the notes only; bounded, a failure noted.
        await ensureBrowser();
        try {
          const moments = await served(appDir, (url) => within(labelMoments(browser, url), 3 * 60_000, 'label sizes'));
          for (const m of moments) {
            first.samples[m.key] = [m.min];
            first.figures[m.key] = summarize([m.min]);
          }
        } catch (err) {
          first.notes.push(`label sizes: failed: ${String(err).split('\n')[0]!.slice(0, 300)}`);
          log(`    label sizes failed: ${String(err).split('\n')[0]}`);
        }
      }
      const defaultName = first.renderer === 'webgl' ? 'webgl' : 'canvas';
      result.runs[defaultName] = first;
      result.defaultRenderer = first.renderer === 'none' ? 'canvas' : first.renderer;
      const skipForced = forcedSkip(result.name, { smoke: SMOKE, webglAll: WEBGL_ALL });
      if (WEBGL && skipForced) {
        first.notes.push(skipForced);
        log(`    ${skipForced}`);
      }
      if (WEBGL && !skipForced) {
        const other = defaultName === 'webgl' ? 'canvas' : 'webgl';
        const forced = await served(appDir, (url) =>
          variant(`app, ${other} renderer (forced)`, () => runVariant(browser, `${url}?bench-renderer=${other}&renderer=${other}`, planFor(result.name, 'app', { smoke: SMOKE, forced: true, layoutDone }), 'app')),
        );
        const forcedSkip = rearrangeSkip(result.name, { layoutDone, smoke: SMOKE, forced: true });
        if (forcedSkip && forcedSkip !== skip) forced.notes.push(forcedSkip);
        if (!SMOKE && result.name !== 'notes') forced.notes.push(`fewer samples with the forced renderer (${planFor(result.name, 'app', { smoke: false, forced: true }).navigations} navigations) than with the default one: it answers whether the choice is right; the run's length`);
        if (forced.renderer !== other && !forced.failed) forced.notes.push(`asked for the ${other} renderer, got ${forced.renderer}`);
        result.runs[other] = forced;
      }
      if (result.baselineDir) {
        const plan = planFor(result.name, 'baseline', { smoke: SMOKE });
        result.runs.baseline = await served(result.baselineDir, (url) => variant('naive baseline', () => runVariant(browser, url, plan, 'baseline')));
      }
      writeReport(`stopped after ${result.name === 'notes' ? 'the notes' : `${result.name} entities`} (in the browser)`);
    }
    // The whole path at the largest sizes: the notes' build, the generated folder picked in its Dataset menu.
    const notesApp = results.find((r) => r.name === 'notes')?.appDir;
    for (const result of results.filter((r) => PATH_SIZES.includes(Number(r.name)))) {
      const dir = datasets.find((d) => d.name === result.name)!.dir;
      if (!notesApp) {
        result.notes.push('whole path not measured: the notes’ build is missing');
        continue;
      }
      const plan = pathPlan();
      log(`\n[${result.name}] whole path: pick the folder → pipeline and layout in workers → explore (limits: ${PATH_TIMEOUT_MS / 60_000} min to interactive, then ${plan.variantLimitMs / 60_000} min exploring)`);
      await ensureBrowser(true);
      const path = await served(notesApp, (url) => variant('whole path', () => wholePath(browser, url, dir, Number(result.name), plan, PATH_TIMEOUT_MS)));
      for (const k of ['pathPipeline', 'pathLayout', 'pathDrawn', 'pathInteractive']) log(`    ${k}: ${fmtMs(path.figures[k]?.median)}`);
      for (const n of path.notes) log(`    note: ${n}`);
      result.runs.path = path;
      writeReport(`stopped after the whole path at ${result.name} entities`);
    }
  } finally {
    await browser.close().catch(() => undefined);
  }

  const bench = writeReport(null);
  const markdown = renderMarkdown(bench, previous);
  log(`\n${markdown}`);
  const worse = regressions(bench, previous);
  if (previous) log(worse.length ? `REGRESSIONS against the previous ${env.mode} run (${previous.env.date}): ${worse.length}, listed above` : `No regression against the previous ${env.mode} run (${previous.env.date}).`);
  log(`Written: bench/results/latest.json, bench/results/latest.md`);
  log(`Run length ${bench.env.minutes.toFixed(1)} min (goal: ${bench.smoke ? 'smoke ≤ 2' : 'full ≤ 20'} min: ${bench.env.minutes <= RUN_MINUTES[bench.smoke ? 'smoke' : 'full'] ? 'met' : 'NOT met'}); load average ${bench.env.loadStart.toFixed(1)} at the start, ${bench.env.loadEnd.toFixed(1)} at the end (${bench.env.cores} cores)`);

  const pageErrors = bench.datasets.flatMap((d) => ['canvas', 'webgl', 'baseline'].flatMap((r) => (d.runs[r]?.errors ?? []).map((e) => `${d.name} ${r}: ${e.slice(0, 300)}`)));
  if (pageErrors.length) log(`\nErrors seen in the pages (not failures by themselves):\n${pageErrors.map((e) => `  - ${e}`).join('\n')}`);
  const missing = missingFigures(bench);
  if (missing.length) {
    log(`\nMISSING FIGURES (${missing.length}):\n${missing.map((m) => `  - ${m}`).join('\n')}`);
    if (SMOKE) process.exitCode = 1;
  } else if (SMOKE) log('\nSmoke check: every figure was produced.');
}

/** Every figure a run should have produced and did not (missing or NaN), with the reason where its variant failed. */
export function missingFigures(bench: BenchResult): string[] {
  const out: string[] = [];
  const check = (where: string, v: number | null | undefined, failed?: string) => {
    if (v === null || v === undefined || !Number.isFinite(v)) out.push(failed ? `${where} (failed: ${failed})` : where);
  };
  for (const d of bench.datasets) {
    const p = d.pipeline;
    for (const k of ['validateMs', 'buildMs', 'mentionsMs', 'layoutMs'] as const) check(`${d.name}: pipeline ${k}`, p?.[k]);
    if (!d.appBuildReused) check(`${d.name}: app build time`, d.appBuildMs);
    check(`${d.name}: first-load JS`, d.bundle?.totals.initialJsGzip);
    check(`${d.name}: lazy JS`, d.bundle?.totals.lazyJsGzip);
    const renderers = WEBGL && !forcedSkip(d.name, { smoke: SMOKE, webglAll: WEBGL_ALL }) ? ['canvas', 'webgl'] : [d.defaultRenderer === 'webgl' ? 'webgl' : 'canvas'];
    for (const r of renderers) {
      const run = d.runs[r];
      for (const k of REQUIRED.app) {
        // Re-arrange is not planned where rearrangeSkip says why (the reason is in the report's notes).
        if (k === 'rearrange' && rearrangeSkip(d.name, { layoutDone: !d.pipeline?.draft, smoke: SMOKE, forced: r !== d.defaultRenderer })) continue;
        check(`${d.name}: app (${r}) ${k}`, run?.figures[k]?.median, run?.failed);
      }
    }
    if (baselineWanted(d.name)) for (const k of REQUIRED.baseline) check(`${d.name}: baseline ${k}`, d.runs.baseline?.figures[k]?.median, d.runs.baseline?.failed);
    for (const k of REQUIRED.floor) check(`${d.name}: bare-Cytoscape floor ${k}`, d.runs.floor?.figures[k]?.median, d.runs.floor?.failed);
    if (PATH_SIZES.includes(Number(d.name))) for (const k of REQUIRED.path) check(`${d.name}: whole path ${k}`, d.runs.path?.figures[k]?.median, d.runs.path?.failed);
  }
  return out;
}

/** Set by main once it can write a report: a failure that escapes still leaves what was measured (partial). */
let writeOnFailure: ((reason: string) => void) | null = null;

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  try {
    writeOnFailure?.(`stopped by an error: ${String(err).split('\n')[0]!.slice(0, 200)}`);
    if (writeOnFailure) process.stderr.write('bench/results/latest.md holds what was measured before it (partial)\n');
  } catch {
    // nothing more to keep
  }
  process.exitCode = 1;
});
