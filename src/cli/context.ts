/** What every CLI command gets: parsed options, the data folder, and output functions. */
import { statSync } from 'node:fs';
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

/** Why the --data folder cannot be read (missing, or not a folder), as a message naming it; null when it is a folder. */
export function dataFolderError(dir: string): string | null {
  const path = resolve(dir);
  try {
    return statSync(path).isDirectory() ? null : `the data folder ${dir} is not a folder (--data names a folder shaped like graph-data/)`;
  } catch {
    return `the data folder ${dir} does not exist (${path}); check the --data path`;
  }
}
