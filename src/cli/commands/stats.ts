/** `graph stats`: how complete the graph is. */
import { formatProblem } from '../../model/format-problem';
import { graphStats, statsText } from '../../model/stats';
import { type CliContext, loadGraph } from '../context';

export function stats(ctx: CliContext): number {
  const result = loadGraph(ctx);
  if (!result.ok) {
    for (const p of result.problems) ctx.err(formatProblem(p));
    return 1;
  }
  const s = graphStats(result.graph);
  ctx.out(ctx.options.json ? JSON.stringify(s, null, 2) : statsText(s));
  return 0;
}
