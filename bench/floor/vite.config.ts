/**
 * Builds the bare-Cytoscape floor page (bench/floor/) from a data module bench/pipeline-timing.ts wrote:
 *   BENCH_DATA_MODULE=<module.json> npx vite build --config bench/floor/vite.config.ts --outDir <out>
 * The page gets plain Cytoscape element definitions (id, label, size by degree as in the app, position),
 * computed here, so it does no work of its own before Cytoscape draws.
 */
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { type Plugin, defineConfig } from 'vite';
import { indexGraph, visibleView } from '../../src/app/explorer/visible';
import { DEFAULT_STATE } from '../../src/app/shell/view-state';
import { diameterForDegree } from '../../src/layout/label-metrics';
import { expandGraph, isCompactGraph } from '../../src/model/compact-graph';
import { periodOf } from '../../src/model/queries/dates';
import type { AllegianceGraph } from '../../src/model/types';
import { viewClasses } from '../../src/view/canvas/canvas-elements';

const ID = 'virtual:floor-elements';
const YEARS_ID = 'virtual:floor-years';
/** Above this many entities the floor has no year step (each year's classes would make a chunk of megabytes). */
const YEARS_MAX_NODES = 2000;

/** The floor's year steps: for each year of the period, the view classes the app puts on each element (id → classes, '' left out). */
export interface FloorYears {
  from: number;
  to: number;
  years: Record<number, Record<string, string>>;
}

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

/**
 * The app's own derivation (visibleView, viewClasses) of the default view at each year: the same classes the app's
 * year step puts on the same elements, so the floor's year step applies the same change.
 */
export function floorYears(file: { graph: unknown }): FloorYears | null {
  const exported = isCompactGraph(file.graph) ? expandGraph(file.graph) : file.graph;
  const graph = MultiDirectedGraph.from(exported as Parameters<typeof MultiDirectedGraph.from>[0]) as unknown as AllegianceGraph;
  const period = periodOf(graph);
  if (graph.order > YEARS_MAX_NODES || !period) return null;
  const { from, to } = period;
  const index = indexGraph(graph);
  const years: FloorYears['years'] = {};
  for (let year = from; year <= to; year++) {
    const { nodes, edges } = viewClasses(graph, visibleView(graph, { ...DEFAULT_STATE, year }, index));
    const classes: Record<string, string> = {};
    for (const [id, c] of [...nodes, ...edges]) if (c) classes[id] = c;
    years[year] = classes;
  }
  return { from, to, years };
}

function floorData(): Plugin {
  return {
    name: 'bench-floor-elements',
    resolveId: (id) => (id === ID || id === YEARS_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${ID}` && id !== `\0${YEARS_ID}`) return undefined;
      const file = process.env.BENCH_DATA_MODULE;
      if (!file) throw new Error('bench/floor: set BENCH_DATA_MODULE to a data module written by bench/pipeline-timing.ts');
      const module = JSON.parse(readFileSync(file, 'utf8')) as ModuleFile;
      if (id === `\0${YEARS_ID}`) return `export default ${JSON.stringify(floorYears(module))};`;
      return `export default ${JSON.stringify(floorElements(module))};`;
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
