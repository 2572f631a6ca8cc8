/**
 * The Node side on one data folder, in two steps the bench runs as child processes (so either can be
 * stopped when it runs too long at 10,000 entities):
 *
 *   npx tsx bench/pipeline-timing.ts <data-dir> --module-out m.json
 *     read, validate, build (the mention scan also timed on its own); writes the data module the app is built with (the object src/vite/graph-data-plugin.ts
 *     serves) with *draft* positions (a spiral, hubs in the middle), so the app can be built and measured
 *     even if the real layout never finishes.
 *   npx tsx bench/pipeline-timing.ts --layout m.json [--check-plugin <data-dir>]
 *     the ahead-of-time layout as the plugin computes it (src/layout/compute-positions.ts), timed; puts
 *     the positions in the module and seeds the plugin's layout cache. --check-plugin: also runs the
 *     plugin's own load() and reports whether it produces exactly the same module text.
 *
 * Each prints one JSON line per finished step; the last line is complete.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../src/model/build-graph';
import { readDataDir } from '../src/node/load-files';
import { findAllMentions } from '../src/model/mentions';
import { expandGraph, isCompactGraph } from '../src/model/compact-graph';
import type { AllegianceGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../src/model/types';
import { validateData } from '../src/model/validate';

export interface PipelineTiming {
  dir: string;
  readMs: number;
  validateMs: number;
  /** buildGraph, of which the mention scan is most at scale. */
  buildMs: number;
  /** The mention scan alone (src/model/mentions.ts findAllMentions), timed on every entity. */
  mentionsMs: number;
  mentionsSampled: number;
  entities: number;
  relations: number;
  problems: number;
  /** Bytes of the data module as JSON (what the app's bundle embeds). */
  moduleBytes: number;
  done: boolean;
  error?: string;
}

export interface LayoutTiming {
  layoutMs: number;
  /** With --check-plugin: whether the plugin's own load() gives the same module text. */
  moduleMatchesPlugin?: boolean;
  done: boolean;
  error?: string;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const emit = (out: object) => process.stdout.write(`${JSON.stringify(out, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))}\n`);

/** Placeholder positions: a sunflower spiral, best connected first (in the middle), spaced for labels. */
export function draftPositions(graph: AllegianceGraph): Record<string, { x: number; y: number }> {
  const ids = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  const out: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, i) => {
    const r = 110 * Math.sqrt(i);
    const a = i * 2.399963229728653; // the golden angle
    out[id] = { x: Math.round(r * Math.cos(a)), y: Math.round(r * Math.sin(a)) };
  });
  return out;
}

async function pipeline(dir: string, moduleOut: string | undefined): Promise<void> {
  const out: PipelineTiming = { dir, readMs: NaN, validateMs: NaN, buildMs: NaN, mentionsMs: NaN, mentionsSampled: 0, entities: 0, relations: 0, problems: 0, moduleBytes: 0, done: false };
  let t = performance.now();
  const raw = readDataDir(dir);
  out.readMs = performance.now() - t;
  t = performance.now();
  const { dataset, problems } = validateData(raw);
  out.validateMs = performance.now() - t;
  out.problems = problems.length;
  if (!dataset) {
    out.error = `${problems.length} problems, first: ${problems[0]?.file}:${problems[0]?.line} ${problems[0]?.message}`;
    emit(out);
    process.exitCode = 1;
    return;
  }
  out.entities = dataset.entities.length;
  emit(out);

  t = performance.now();
  const graph = buildGraph(dataset);
  out.buildMs = performance.now() - t;
  out.relations = graph.size;
  emit(out);

  // The mention scan on its own (one index of every name over the bullets' words), run again after the build.
  t = performance.now();
  findAllMentions(dataset.entities, dataset.notes);
  out.mentionsMs = performance.now() - t;
  out.mentionsSampled = dataset.entities.length;

  const plugin = await import('../src/vite/graph-data-plugin');
  const module = { ok: true, graph: plugin.moduleGraph(graph), problems: [], notes: plugin.notesData(raw.notes.text, graph), positions: draftPositions(graph) };
  const json = JSON.stringify(module);
  out.moduleBytes = Buffer.byteLength(json);
  if (moduleOut) {
    mkdirSync(dirname(resolve(moduleOut)), { recursive: true });
    writeFileSync(moduleOut, json);
  }
  out.done = true;
  emit(out);
}

async function layout(moduleFile: string, checkDir: string | undefined): Promise<void> {
  const out: LayoutTiming = { layoutMs: NaN, done: false };
  const module = JSON.parse(readFileSync(moduleFile, 'utf8')) as { graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>; positions: unknown };
  const graph: AllegianceGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.import(isCompactGraph(module.graph) ? (expandGraph(module.graph) as typeof module.graph) : module.graph);
  const { layoutInput, computeLayout } = await import('../src/layout/compute-positions');
  const cache = await import('../src/layout/position-cache').catch(() => null);
  const input = layoutInput(graph);
  const t = performance.now();
  const positions = computeLayout(input);
  out.layoutMs = performance.now() - t;
  if (cache?.layoutHash) {
    const cacheDir = resolve('node_modules/.cache/allegiance-layout');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, `positions-${cache.layoutHash(input)}.json`), JSON.stringify(positions));
  }
  module.positions = positions;
  const json = JSON.stringify(module);
  writeFileSync(moduleFile, json);
  if (checkDir) {
    const plugin = await import('../src/vite/graph-data-plugin');
    const p = plugin.graphDataPlugin({ dataDir: resolve(checkDir) });
    (p as { configResolved?: (c: { root: string }) => void }).configResolved?.({ root: process.cwd() });
    const load = p.load as unknown as (id: string) => string;
    out.moduleMatchesPlugin = load.call({}, '\0virtual:allegiance-data') === `export default ${json};`;
  }
  out.done = true;
  emit(out);
}

const layoutFile = arg('layout');
(layoutFile ? layout(layoutFile, arg('check-plugin')) : pipeline(process.argv[2] ?? '', arg('module-out'))).catch((err) => {
  emit({ error: String(err?.stack ?? err), done: false });
  process.exitCode = 1;
});
