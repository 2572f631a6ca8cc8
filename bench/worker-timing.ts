/**
 * The run-time pipeline in the browser: validate + build (mention scan included) in the pipeline Web Worker,
 * and the layout in the layout worker, on synthetic datasets generated like the bench's, in headless Chromium
 * against the dev server. Prints one JSON line per dataset.
 *
 *   npx tsx bench/worker-timing.ts [--sizes 1000,5000,10000] [--layout-sizes 0,1000] [--port 4415]
 *
 * Size 0 is the real notes (graph-data/).
 */
import { createServer } from 'vite';
import { readDataDir } from '../src/node/load-files';
import type { RawData } from '../src/model/validate';
import { launchBrowser } from './lib/browser';
import { asRawData, generateSynthetic, readRealShape } from './synthetic';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const sizes = option('sizes', '0,1000,5000,10000').split(',').map(Number);
const layoutSizes = new Set(option('layout-sizes', '0,1000').split(',').map(Number));
const port = Number(option('port', '4415'));

function rawFor(size: number): RawData {
  if (size === 0) return readDataDir('graph-data');
  const { shape, relationTypesText } = readRealShape();
  return asRawData(generateSynthetic(shape, relationTypesText, { entities: size, seed: 1 }), `synthetic-${size}`);
}

const server = await createServer({ configFile: 'vite.config.ts', configLoader: 'runner', logLevel: 'warn', server: { port, strictPort: true, host: '127.0.0.1' } });
await server.listen();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ bypassCSP: true });
  // The dev server may reload the page once while it optimises dependencies: wait until the app has drawn.
  await page.goto(`http://127.0.0.1:${port}/`, { timeout: 240_000 });
  await page.waitForFunction(() => document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas'), null, { timeout: 240_000 });
  await page.waitForTimeout(3000);
  await page.waitForFunction(() => document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas'), null, { timeout: 240_000 });
  for (const size of sizes) {
    const raw = rawFor(size);
    const result = await page.evaluate(
      async ({ raw, layout }) => {
        // Modules the dev server serves, by URL (the types are the source files').
        const at = { pipeline: '/src/platform/workers/run-pipeline.ts', load: '/src/app/shell/load-graph.ts', layout: '/src/layout/compute-positions.ts', layoutWorker: '/src/platform/workers/run-layout.ts' };
        const pipeline = (await import(/* @vite-ignore */ at.pipeline)) as typeof import('../src/platform/workers/run-pipeline');
        const t = performance.now();
        const out = await pipeline.runPipelineInWorker(raw);
        const wallMs = performance.now() - t;
        const row: Record<string, unknown> = { ok: out.ok, problems: out.problems.length, entities: out.entities, relations: out.relations, ...out.timings, pipelineWallMs: wallMs };
        if (layout && out.ok) {
          const { loadGraph } = (await import(/* @vite-ignore */ at.load)) as typeof import('../src/app/shell/load-graph');
          const { layoutInput } = (await import(/* @vite-ignore */ at.layout)) as typeof import('../src/layout/compute-positions');
          const { runLayoutInWorker } = (await import(/* @vite-ignore */ at.layoutWorker)) as typeof import('../src/platform/workers/run-layout');
          const { graph } = loadGraph(out);
          if (!graph) throw new Error('the graph did not load');
          const l = performance.now();
          const { ms } = await runLayoutInWorker(layoutInput(graph));
          Object.assign(row, { layoutMs: ms, layoutWallMs: performance.now() - l });
        }
        return row;
      },
      { raw, layout: layoutSizes.has(size) },
    );
    const round = (v: unknown) => (typeof v === 'number' ? Math.round(v) : v);
    process.stdout.write(`${JSON.stringify({ size: size || 'notes', ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, round(v)])) })}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
