/** What every CLI command gets: parsed options, the data folder, and output functions. */
import { resolve } from 'node:path';
import { readDataDir } from '../node/load-files';
import { runPipeline, type PipelineResult } from '../model/pipeline';

export interface CliContext {
  /** Positional arguments after the command name. */
  args: string[];
  options: Record<string, string | boolean | undefined>;
  dataDir: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Read and build the data folder named by --data (default graph-data). */
export function loadGraph(ctx: CliContext): PipelineResult {
  return runPipeline(readDataDir(resolve(ctx.dataDir)));
}
