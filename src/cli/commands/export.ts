/** `graph export`: the built graph as graphology JSON, GEXF (Gephi) or CSV tables. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import { csvRow } from '../../model/csv';
import { formatProblem } from '../../model/format-problem';
import type { AllegianceGraph } from '../../model/types';
import { type CliContext, loadGraph } from '../context';

export function exportGraph(ctx: CliContext): number {
  const format = String(ctx.options.format ?? 'json');
  if (!['json', 'gexf', 'csv'].includes(format)) {
    ctx.err(`unknown format "${format}": use json, gexf or csv`);
    return 2;
  }
  const result = loadGraph(ctx);
  if (!result.ok) {
    for (const p of result.problems) ctx.err(formatProblem(p));
    ctx.err('the data has problems: run `npm run graph -- validate`');
    return 1;
  }
  const graph = result.graph;
  if (format === 'json') ctx.out(JSON.stringify(graph.export(), null, 2));
  else if (format === 'gexf') ctx.out(toGexf(graph));
  else {
    const dir = resolve(String(ctx.options.out ?? 'export'));
    const { nodes, edges } = toCsv(graph);
    try {
      if (existsSync(dir) && !statSync(dir).isDirectory()) {
        ctx.err(`--out ${dir} is a file: give a folder (new or existing) for nodes.csv and edges.csv`);
        return 2;
      }
      // Not mkdir -p: Node's recursive mkdir can spin for ever under /proc. The folder's parent must exist.
      if (!existsSync(dir)) mkdirSync(dir);
      writeFileSync(join(dir, 'nodes.csv'), nodes);
      writeFileSync(join(dir, 'edges.csv'), edges);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      ctx.err(`cannot write to --out ${dir}: ${e.message.split('\n')[0]}`);
      return 1;
    }
    ctx.out(`wrote ${join(dir, 'nodes.csv')} and ${join(dir, 'edges.csv')}`);
  }
  return 0;
}

const evidenceText = (ev: { slide: number; quote: string }[]) => ev.map((e) => `slide ${e.slide}: "${e.quote}"`).join(' | ');

/** GEXF with list attributes flattened to text, since GEXF attributes are scalars. */
export function toGexf(graph: AllegianceGraph): string {
  return writeGexf(graph, {
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: {
        kind: a.kind, aliases: a.aliases.join('; '), start: a.start ?? '', end: a.end ?? '', dateSource: a.dateSource,
        summary: a.summary ?? '', mentions: a.mentions.map((m) => m.bullet).join(' '),
      },
    }),
    formatEdge: (_key, a) => ({
      label: graph.getAttribute('relationTypes')[a.type]?.label ?? a.type,
      attributes: {
        type: a.type, start: a.start ?? '', end: a.end ?? '', certainty: a.certainty, dateSource: a.dateSource,
        evidence: evidenceText(a.evidence), note: a.note ?? '',
      },
    }),
  });
}

export { csvCell } from '../../model/csv';

/** A nodes table and an edges table, for spreadsheets. */
export function toCsv(graph: AllegianceGraph): { nodes: string; edges: string } {
  const nodes = [csvRow(['id', 'label', 'kind', 'aliases', 'start', 'end', 'dateSource', 'summary', 'mentions'])];
  graph.forEachNode((id, a) => nodes.push(csvRow([id, a.label, a.kind, a.aliases.join('; '), a.start, a.end, a.dateSource, a.summary, a.mentions.map((m) => m.bullet).join(' ')])));
  const types = graph.getAttribute('relationTypes');
  const edges = [csvRow(['key', 'source', 'type', 'label', 'target', 'start', 'end', 'certainty', 'dateSource', 'evidence', 'note'])];
  graph.forEachEdge((key, a, source, target) => edges.push(csvRow([key, source, a.type, types[a.type]?.label, target, a.start, a.end, a.certainty, a.dateSource, evidenceText(a.evidence), a.note])));
  return { nodes: nodes.join('\n') + '\n', edges: edges.join('\n') + '\n' };
}
