/** The one pipeline from raw files to a graph, shared by the CLI (Node) and the app (through the Vite plugin). */
import { buildGraph } from './build-graph';
import { timeWarnings } from './time-warnings';
import type { Storyline } from './storylines/schema';
import { validateStorylines } from './storylines/validate-storylines';
import type { AllegianceGraph, Problem } from './types';
import { type RawData, validateData } from './validate';

/**
 * `warnings` never stop the build: files skipped while reading (broken links, special files) and the time
 * model's warnings (see time-warnings.ts).
 */
export type PipelineResult =
  | { ok: true; graph: AllegianceGraph; problems: []; warnings: Problem[]; storylines: Storyline[] }
  | { ok: false; graph: null; problems: Problem[]; warnings: Problem[]; storylines: [] };

/**
 * Validate, then build, then check the storylines against the graph; a graph only when the data and the
 * storylines have no problems (a storyline's problems are the data's problems: the build names them).
 */
export function runPipeline(raw: RawData): PipelineResult {
  const { dataset, problems, warnings } = validateData(raw);
  if (!dataset) return { ok: false, graph: null, problems, warnings, storylines: [] };
  const graph = buildGraph(dataset);
  const stories = validateStorylines(raw.storylines ?? [], graph, dataset.notes);
  const allWarnings = [...warnings, ...timeWarnings(dataset, graph), ...stories.warnings];
  if (stories.problems.length) return { ok: false, graph: null, problems: stories.problems, warnings: allWarnings, storylines: [] };
  return { ok: true, graph, problems: [], warnings: allWarnings, storylines: stories.storylines };
}
