/**
 * The large-graph layout on one bench data module, timed in Node and in the app's layout Web Worker in headless
 * Chromium, on the same LayoutInput (same code, settings and iterations): total, ForceAtlas2 (until the last
 * iteration's progress) and the rest (scaling and overlap removal), the progress messages seen, and the load.
 * On a busy machine the wall time says little, so the CPU time is given too: Node's own (process.cpuUsage), and the
 * browser's worker threads' (Linux /proc: threads named DedicatedWorker in this script's Chromium processes).
 *
 *   npx tsx bench/layout-timing.ts bench/results/module-10000.json [--dist dist] [--only node|browser]
 *
 * The browser side runs the built app's own layout worker (dist/assets/layout.worker-*.js, built by `vite build`)
 * from a page of that build, with the messages src/platform/workers/run-layout.ts exchanges with it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { MultiDirectedGraph } from 'graphology';
import { expandGraph, isCompactGraph } from '../src/model/compact-graph';
import type { AllegianceGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../src/model/types';
import { computeLayout, layoutInput } from '../src/layout/compute-positions';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/browser';
import { serveStatic } from './lib/server';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const only = option('only', '');
const dist = resolve(option('dist', 'dist'));
const module = JSON.parse(readFileSync(argv[0] ?? 'bench/results/module-10000.json', 'utf8')) as { graph: Parameters<AllegianceGraph['import']>[0] };
const graph: AllegianceGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
graph.import((isCompactGraph(module.graph) ? expandGraph(module.graph) : module.graph) as Parameters<AllegianceGraph['import']>[0]);
const input = layoutInput(graph);
const print = (row: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ nodes: input.nodes.length, links: input.links.length, ...row, load: loadavg().map((l) => Math.round(l * 10) / 10) })}\n`);

/** CPU seconds used so far by the Web Worker threads of this process's descendants (Linux only; NaN elsewhere). */
function workerCpuSeconds(): number {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const mine = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, ppid] of rows) {
        if (mine.has(pid!) || !mine.has(ppid!)) continue;
        mine.add(pid!);
        grew = true;
      }
    }
    let ticks = 0;
    for (const pid of mine) {
      let tasks: string[] = [];
      try {
        tasks = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const tid of tasks) {
        try {
          const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
          const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (!name.startsWith('DedicatedWorker')) continue;
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          ticks += Number(f[11]) + Number(f[12]); // utime, stime
        } catch {
          // the thread ended meanwhile
        }
      }
    }
    return ticks / 100;
  } catch {
    return NaN;
  }
}

if (only !== 'browser') {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let iterated = NaN;
  let progress = 0;
  computeLayout(input, (done, total) => {
    progress++;
    if (done === total) iterated = performance.now() - t;
  });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  print({ where: 'node', ms: Math.round(ms), cpuS: Math.round((used.user + used.system) / 1e5) / 10, forceAtlasMs: Math.round(iterated), restMs: Math.round(ms - iterated), progress });
}

if (only !== 'node') {
  const worker = readdirSync(join(dist, 'assets')).find((f) => /^layout\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error(`no layout worker in ${dist}/assets: build the app first (npx vite build --configLoader runner)`);
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'load', timeout: 240_000 });
    // The worker's thread is sampled while it runs (it ends with the layout): the last sample before the result.
    let workerCpu = 0;
    const sampler = setInterval(() => (workerCpu = Math.max(workerCpu, workerCpuSeconds())), 1000);
    const row = await page.evaluate(async ({ input, url }) => {
      type Message = import('../src/platform/workers/layout.worker').LayoutMessage;
      const t = performance.now();
      let iterated = NaN;
      let progress = 0;
      // As run-layout.ts does: one module worker, the input posted, progress messages until the result.
      const ms = await new Promise<number>((done, fail) => {
        const w = new Worker(url, { type: 'module', name: 'allegiance-layout' });
        w.addEventListener('message', (e: MessageEvent<Message>) => {
          const m = e.data;
          if (m.type === 'progress') {
            progress++;
            if (m.algorithm === 'forceatlas2' && m.done === m.total) iterated = performance.now() - t;
            return;
          }
          w.terminate();
          if (m.type === 'result') done(m.ms);
          else fail(new Error(m.message));
        });
        w.addEventListener('error', (e) => fail(new Error(e.message)));
        w.postMessage(input);
      });
      const wall = performance.now() - t;
      return { workerMs: Math.round(ms), wallMs: Math.round(wall), forceAtlasMs: Math.round(iterated), restMs: Math.round(wall - iterated), progress };
    }, { input, url: `${server.url}assets/${worker}` });
    clearInterval(sampler);
    print({ where: 'browser worker', ...row, workerCpuS: workerCpu });
  } finally {
    await browser.close();
    await server.close();
  }
}
