/** The one pipeline from raw files to a graph, shared by the CLI (Node) and the app (through the Vite plugin). */
import { buildGraph } from './build-graph';
import { timeWarnings } from './time-warnings';
import type { AllegianceGraph, Problem } from './types';
import { type RawData, validateData } from './validate';

/**
 * `warnings` never stop the build: files skipped while reading (broken links, special files) and the time
 * model's warnings (see time-warnings.ts).
 */
export type PipelineResult =
  | { ok: true; graph: AllegianceGraph; problems: []; warnings: Problem[] }
  | { ok: false; graph: null; problems: Problem[]; warnings: Problem[] };

/** Validate, then build; a graph only when the data has no problems. */
export function runPipeline(raw: RawData): PipelineResult {
  const { dataset, problems, warnings } = validateData(raw);
  if (!dataset) return { ok: false, graph: null, problems, warnings };
  const graph = buildGraph(dataset);
  return { ok: true, graph, problems: [], warnings: [...warnings, ...timeWarnings(dataset, graph)] };
}
