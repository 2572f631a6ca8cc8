/**
 * The bench's scale module: for a data folder, the figures of the growth table that come from Node —
 * validate + build (the pipeline), the data module's size before (graph.export()) and after (the compact form,
 * src/model/compact-graph.ts), raw and gzipped, and the ahead-of-time layout (algorithm, wall and CPU time).
 * CPU time is reported beside wall time because the machine is shared: wall time grows with the load.
 *
 *   npx tsx bench/scale-growth.ts <data-dir> [<data-dir> …]     one JSON line per folder
 * bench/run.ts calls moduleSizes() on each data module it builds, for the growth table.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { compactGraph, expandGraph, isCompactGraph } from '../src/model/compact-graph';
import { readDataDir } from '../src/node/load-files';
import { runPipeline } from '../src/model/pipeline';
import { computeLayout, layoutAlgorithm, layoutInput } from '../src/layout/compute-positions';
import { notesData } from '../src/model/notes-data';
import { moduleGraph } from '../src/vite/graph-data-plugin';
import type { SerializedGraph } from 'graphology-types';

export interface ModuleSizes {
  /** The module as graph.export() would make it (the form before the compact one). */
  exportBytes: number;
  exportGzip: number;
  /** The module as the app is built with it. */
  moduleBytes: number;
  moduleGzip: number;
  compact: boolean;
}

export interface ScaleRow extends ModuleSizes {
  dir: string;
  entities: number;
  relations: number;
  pipelineMs: number;
  pipelineCpuMs: number;
  layoutAlgorithm: string;
  layoutMs: number;
  layoutCpuMs: number;
}

const gz = (text: string) => gzipSync(text).length;

/** Sizes of a data module's JSON text (a module object as the plugin serves it). */
export function moduleSizes(moduleJson: string): ModuleSizes {
  const module = JSON.parse(moduleJson) as { graph: unknown };
  const compact = isCompactGraph(module.graph);
  const exported = compact ? JSON.stringify({ ...module, graph: expandGraph(module.graph as never) }) : moduleJson;
  return { exportBytes: Buffer.byteLength(exported), exportGzip: gz(exported), moduleBytes: Buffer.byteLength(moduleJson), moduleGzip: gz(moduleJson), compact };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Pipeline, module sizes and layout for one data folder. */
export function scaleRow(dir: string): ScaleRow {
  let t = performance.now();
  let c = process.cpuUsage();
  const raw = readDataDir(resolve(dir));
  const result = runPipeline(raw);
  const pipelineMs = performance.now() - t;
  const pipelineCpuMs = cpuMs(c);
  if (!result.ok) throw new Error(`${dir}: ${result.problems.length} problems, first: ${result.problems[0]?.message}`);
  const graph = result.graph;
  const json = JSON.stringify({ ok: true, graph: moduleGraph(graph), problems: [], notes: notesData(raw.notes.text, graph), positions: {} });
  const sizes = moduleSizes(json);
  if (sizes.compact) JSON.stringify(compactGraph(graph.export() as SerializedGraph)); // warm, same work as the plugin
  t = performance.now();
  c = process.cpuUsage();
  computeLayout(layoutInput(graph));
  return { dir, entities: graph.order, relations: graph.size, pipelineMs, pipelineCpuMs, ...sizes, layoutAlgorithm: layoutAlgorithm(graph.order), layoutMs: performance.now() - t, layoutCpuMs: cpuMs(c) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const dir of process.argv.slice(2)) {
    try {
      process.stdout.write(`${JSON.stringify(scaleRow(dir))}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ dir, error: err instanceof Error ? err.message : String(err) })}\n`);
    }
  }
}
