/** Counts that describe how complete the graph is: by kind, by type, slides cited, undated, unlinked. */
import type { AllegianceGraph } from './types';

export interface GraphStats {
  entities: number;
  relations: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
  byCertainty: Record<string, number>;
  slidesCited: number[];
  slidesNotCited: number[];
  slideCount: number;
  undated: string[];
  datedOutsideNotes: number;
  withoutRelations: string[];
  withoutMentions: string[];
}

const count = (m: Record<string, number>, k: string) => void (m[k] = (m[k] ?? 0) + 1);

export function graphStats(graph: AllegianceGraph): GraphStats {
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const byCertainty: Record<string, number> = {};
  const cited = new Set<number>();
  const undated: string[] = [];
  let datedOutsideNotes = 0;
  graph.forEachNode((_id, a) => count(byKind, a.kind));
  graph.forEachEdge((key, a) => {
    count(byType, a.type);
    count(byCertainty, a.certainty);
    for (const e of a.evidence) cited.add(e.slide);
    if (!a.start) undated.push(key);
    if (a.dateSource === 'outside-notes') datedOutsideNotes++;
  });
  const slideCount = graph.getAttribute('slideCount');
  const all = Array.from({ length: slideCount }, (_, i) => i + 1);
  return {
    entities: graph.order,
    relations: graph.size,
    byKind, byType, byCertainty,
    slidesCited: all.filter((n) => cited.has(n)),
    slidesNotCited: all.filter((n) => !cited.has(n)),
    slideCount,
    undated,
    datedOutsideNotes,
    withoutRelations: graph.filterNodes((id) => graph.degree(id) === 0),
    withoutMentions: graph.filterNodes((_id, a) => a.mentions.length === 0),
  };
}

/** The stats as readable text. */
export function statsText(s: GraphStats): string {
  const table = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(16)} ${v}`).join('\n');
  const pct = (n: number) => (s.relations ? ((100 * n) / s.relations).toFixed(1) : '0.0');
  return [
    `entities: ${s.entities}`,
    table(s.byKind),
    `relations: ${s.relations}`,
    table(s.byType),
    `certainty:`,
    table(s.byCertainty),
    `slides cited as evidence: ${s.slidesCited.length} of ${s.slideCount}` + (s.slidesNotCited.length ? ` (not cited: ${s.slidesNotCited.join(', ')})` : ''),
    `relations with a start date: ${s.relations - s.undated.length} (${pct(s.relations - s.undated.length)}%)`,
    `undated relations: ${s.undated.length}` + (s.undated.length ? `\n  ${s.undated.join('\n  ')}` : ''),
    `relations dated from outside the notes: ${s.datedOutsideNotes} (${pct(s.datedOutsideNotes)}%)`,
    `entities without relations: ${s.withoutRelations.length}` + (s.withoutRelations.length ? ` (${s.withoutRelations.join(', ')})` : ''),
    `entities never named in a bullet: ${s.withoutMentions.length}` + (s.withoutMentions.length ? ` (${s.withoutMentions.join(', ')})` : ''),
  ].join('\n');
}
