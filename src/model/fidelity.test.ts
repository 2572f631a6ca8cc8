/** The fidelity test: statements from the notes, each checked against the built graph for type, direction and date. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FidelityStatement } from './fidelity/statement';
import { runPipeline } from './pipeline';
import { realData } from '../node/test-support';
import { yearOf } from './dates';

const files = readdirSync(join(import.meta.dirname, 'fidelity')).filter((f) => f.endsWith('.ts') && f !== 'statement.ts');
const sets = await Promise.all(files.map(async (f) => ({ file: f, statements: ((await import(`./fidelity/${f}`)) as { statements: FidelityStatement[] }).statements })));
const all = sets.flatMap((s) => s.statements);
const result = runPipeline(realData());

describe('fidelity to the notes', () => {
  it('has at least 50 statements, spread across the notes', () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
    const parts = [all.some((s) => s.slide <= 24), all.some((s) => s.slide >= 25 && s.slide <= 42), all.some((s) => s.slide >= 43)];
    expect(parts).toEqual([true, true, true]);
  });

  for (const s of all) {
    it(`${s.absent ? 'NOT: ' : ''}${s.says} (slide ${s.slide})`, () => {
      const graph = result.graph;
      expect(graph, 'the real data must build').not.toBeNull();
      if (!graph) return;
      const symmetric = graph.getAttribute('relationTypes')[s.type]?.symmetric ?? false;
      const candidates = [
        ...graph.edges(s.source, s.target),
        ...(symmetric ? graph.edges(s.target, s.source) : []),
      ].filter((e) => graph.getEdgeAttribute(e, 'type') === s.type);
      if (s.absent) {
        expect(candidates, `the notes do not support "${s.source} ${s.type} ${s.target}"`).toEqual([]);
        return;
      }
      expect(candidates.length, `no "${s.type}" relation from ${s.source} to ${s.target}`).toBeGreaterThan(0);
      const years = candidates.map((e) => yearOf(graph.getEdgeAttribute(e, 'start')));
      expect(years, `dates of ${s.source} ${s.type} ${s.target}`).toContain(s.year);
      const slides = candidates.flatMap((e) => graph.getEdgeAttribute(e, 'evidence').map((ev) => ev.slide));
      expect(slides, 'the statement\'s slide is cited').toContain(s.slide);
      if (s.certainty) {
        const dated = candidates.filter((e) => yearOf(graph.getEdgeAttribute(e, 'start')) === s.year);
        expect(dated.map((e) => graph.getEdgeAttribute(e, 'certainty')), `certainty of ${s.source} ${s.type} ${s.target}`).toContain(s.certainty);
      }
    });
  }
});
