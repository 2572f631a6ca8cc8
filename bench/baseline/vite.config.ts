/**
 * Builds the naive baseline page (bench/baseline/) on a data folder:
 *   BENCH_DATA=<dir> npx vite build --config bench/baseline/vite.config.ts --outDir <out>
 * BENCH_DATA_MODULE=<file.json> reuses the data module bench/pipeline-timing.ts wrote, instead of running
 * the pipeline again. Either way the baseline gets the same graph as the app, without the precomputed
 * positions (the baseline lays out in the page) and without the notes (it shows no excerpts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';
import { readDataDir } from '../../src/node/load-files';
import { runPipeline } from '../../src/model/pipeline';

const ID = 'virtual:allegiance-data';

function baselineData(): Plugin {
  return {
    name: 'bench-baseline-data',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const file = process.env.BENCH_DATA_MODULE;
      if (file && existsSync(file)) {
        const { graph } = JSON.parse(readFileSync(file, 'utf8')) as { graph: unknown };
        return `export default ${JSON.stringify({ ok: true, graph, problems: [], notes: { title: '', slides: [] } })};`;
      }
      const result = runPipeline(readDataDir(resolve(process.env.BENCH_DATA ?? 'graph-data')));
      return `export default ${JSON.stringify({ ok: result.ok, graph: result.ok ? result.graph.export() : null, problems: result.problems, notes: { title: '', slides: [] } })};`;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [baselineData()],
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 100000 },
});
