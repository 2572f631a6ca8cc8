/** `graph validate`: exit 0 when the data is valid (printing any warnings); otherwise list every problem and exit 1. */
import { formatProblem } from '../../model/format-problem';
import { type CliContext, loadGraph } from '../context';

export function validate(ctx: CliContext): number {
  const result = loadGraph(ctx);
  if (result.ok) {
    const n = result.warnings.length;
    ctx.out(`valid: ${result.graph.order} entities, ${result.graph.size} relations${n ? `; ${n} warning${n === 1 ? '' : 's'}` : ''}`);
    for (const w of result.warnings) ctx.out(formatProblem(w));
    return 0;
  }
  const files = new Set(result.problems.map((p) => p.file));
  for (const p of result.problems) ctx.err(formatProblem(p));
  ctx.err(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}`);
  return 1;
}
