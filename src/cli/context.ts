/** What every CLI command gets: parsed options, the data folder, and output functions. */
import { resolve } from 'node:path';
import { formatProblem } from '../model/format-problem';
import { runPipeline, type PipelineResult } from '../model/pipeline';
import { readDataDir } from '../node/load-files';

export interface CliContext {
  /** Positional arguments after the command name. */
  args: string[];
  options: Record<string, string | boolean | undefined>;
  dataDir: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Read and build the data folder named by --data (default graph-data); skipped files are reported as warnings. */
export function loadGraph(ctx: CliContext): PipelineResult {
  const result = runPipeline(readDataDir(ctx.dataDir === '' ? '' : resolve(ctx.dataDir)));
  for (const w of result.warnings) ctx.err(`warning: ${formatProblem(w)}`);
  return result;
}
