/**
 * Builds the bare-Cytoscape floor page (bench/floor/) from a data module bench/pipeline-timing.ts wrote:
 *   BENCH_DATA_MODULE=<module.json> npx vite build --config bench/floor/vite.config.ts --outDir <out>
 * The page gets plain Cytoscape element definitions (id, label, size by degree as in the app, position),
 * computed here, so it does no work of its own before Cytoscape draws.
 */
import { readFileSync } from 'node:fs';
import { type Plugin, defineConfig } from 'vite';
import { diameterForDegree } from '../../src/layout/label-metrics';
import { expandGraph, isCompactGraph } from '../../src/model/compact-graph';

const ID = 'virtual:floor-elements';

interface ModuleFile {
  graph: { nodes: { key: string; attributes?: { label?: string } }[]; edges: { key?: string; source: string; target: string }[] };
  positions: Record<string, { x: number; y: number }>;
}

/** The data module's graph as Cytoscape element definitions at its positions. */
export function floorElements(file: ModuleFile | (Omit<ModuleFile, 'graph'> & { graph: unknown })): unknown[] {
  // Large datasets' modules hold the compact form (string table, columns): expand it as the app's loader does.
  const module = (isCompactGraph(file.graph) ? { ...file, graph: expandGraph(file.graph) } : file) as ModuleFile;
  const degree = new Map<string, number>();
  for (const e of module.graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes = module.graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.key, label: n.attributes?.label ?? n.key, size: diameterForDegree(degree.get(n.key) ?? 0) },
    position: module.positions[n.key] ?? { x: 0, y: 0 },
  }));
  const edges = module.graph.edges.map((e, i) => ({ group: 'edges', data: { id: e.key ?? `e${i}`, source: e.source, target: e.target } }));
  return [...nodes, ...edges];
}

function floorData(): Plugin {
  return {
    name: 'bench-floor-elements',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const file = process.env.BENCH_DATA_MODULE;
      if (!file) throw new Error('bench/floor: set BENCH_DATA_MODULE to a data module written by bench/pipeline-timing.ts');
      return `export default ${JSON.stringify(floorElements(JSON.parse(readFileSync(file, 'utf8')) as ModuleFile))};`;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [floorData()],
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 100000 },
});
