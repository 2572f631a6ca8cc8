/** The one pipeline from raw files to a graph, shared by the CLI (Node) and the app (through the Vite plugin). */
import { buildGraph } from './build-graph';
import type { AllegianceGraph, Problem } from './types';
import { type RawData, validateData } from './validate';

export type PipelineResult = ({ ok: true; graph: AllegianceGraph; problems: [] } | { ok: false; graph: null; problems: Problem[] }) & {
  /** Files skipped while reading (broken links, special files): reported, never blocking. */
  warnings: Problem[];
};

/** Validate, then build; a graph only when the data has no problems. */
export function runPipeline(raw: RawData): PipelineResult {
  const { dataset, problems, warnings } = validateData(raw);
  if (!dataset) return { ok: false, graph: null, problems, warnings };
  return { ok: true, graph: buildGraph(dataset), problems: [], warnings };
}
