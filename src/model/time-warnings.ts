/**
 * Warnings about time in valid data: they do not stop the graph from building (the CLI's `validate`
 * prints them and still exits 0), but each is a gap a student would meet on the year slider.
 * - an entity with no dates and no dated relation exists in every year (undated-entity);
 * - a relation whose years fall outside the life of one of its entities is never shown (never-in-force).
 */
import { NEVER, timeModel } from './queries/time-model';
import type { AllegianceGraph, Dataset, Problem } from './types';

export function timeWarnings(dataset: Dataset, graph: AllegianceGraph): Problem[] {
  const { entities, relations } = timeModel(graph);
  const warnings: Problem[] = [];
  for (const e of dataset.entities) {
    const span = entities.get(e.id);
    if (span && span.from === -Infinity && span.to === Infinity) {
      warnings.push({
        severity: 'warning', file: e.from.file, line: e.from.line, code: 'undated-entity', value: e.id,
        message: `entity "${e.id}" has no dates and no dated relation, so it shows in every year`,
        fix: 'give it a start (and end), marking dateSource: outside-notes for a textbook date, or date one of its relations',
      });
    }
  }
  const keys = graph.edges(); // build-graph adds one edge per relation, in order
  dataset.relations.forEach((r, i) => {
    if (relations.get(keys[i]!) !== NEVER) return;
    warnings.push({
      severity: 'warning', file: r.from.file, line: r.from.line, code: 'never-in-force', value: `${r.source} ${r.type} ${r.target}`,
      message: `relation "${r.source} ${r.type} ${r.target}" falls outside the life of one of its entities, so it is never shown`,
      fix: 'correct the relation\'s dates or the entities\' start/end',
    });
  });
  return warnings;
}
