// The pipeline worker, run for real in Chromium on the real graph-data files, gives the graph the Node pipeline built.
import data from 'virtual:allegiance-data';
import { describe, expect, it } from 'vitest';
import type { RawData } from '../../model/validate';
import { runPipelineInWorker, type PipelineStage } from './run-pipeline';

const texts = import.meta.glob<string>('../../../graph-data/**/*.{txt,yaml}', { query: '?raw', import: 'default', eager: true });
const files = Object.entries(texts)
  .map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text }))
  .sort((a, b) => (a.file < b.file ? -1 : 1));

/** The data folder as RawData, placed as the Node reader places it (files sorted by path). */
function rawData(extra: { file: string; text: string }[] = []): RawData {
  const all = [...files, ...extra];
  return {
    notes: all.find((f) => f.file.endsWith('.txt'))!,
    relationTypes: all.find((f) => f.file.endsWith('/relation-types.yaml'))!,
    entities: all.filter((f) => f.file.includes('/entities/')),
    relations: all.filter((f) => f.file.includes('/relations/')),
  };
}

type Serialised = { attributes: Record<string, unknown>; nodes: { key: string }[]; edges: { key?: string }[]; options: unknown };

describe('the pipeline worker on the real notes', () => {
  it('builds the same graph, nodes, edges and attributes as the Node pipeline, and the same notes', async () => {
    const raw = rawData();
    expect(raw.entities.length).toBeGreaterThan(0);
    expect(raw.relations.length).toBeGreaterThan(0);
    const stages: PipelineStage[] = [];
    const output = await runPipelineInWorker(raw, (s) => stages.push(s));
    expect(stages).toEqual(['validating', 'building', 'packing']);
    expect(output.problems).toEqual([]);
    expect(output.ok).toBe(true);
    const mine = output.graph as Serialised;
    const node = data.graph as Serialised;
    expect(mine.nodes.length).toBe(node.nodes.length);
    expect(mine.edges.length).toBe(node.edges.length);
    expect(mine).toEqual(node);
    expect(output.notes).toEqual(data.notes);
  }, 120_000);

  it('reports the three classic problems with file and line, as the dev server does', async () => {
    const bad = (await import('../../cli/fixtures/bad-relations.yaml?raw')).default;
    const output = await runPipelineInWorker(rawData([{ file: 'graph-data/relations/zz-bad.yaml', text: bad }]));
    expect(output.ok).toBe(false);
    expect(output.graph).toBeNull();
    expect(output.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['graph-data/relations/zz-bad.yaml:4', 'graph-data/relations/zz-bad.yaml:16', 'graph-data/relations/zz-bad.yaml:21']);
    expect(output.problems[0]!.message).toContain('"nobody-at-all" is not an entity id');
    expect(output.problems[2]!.message).toContain('month 13');
  }, 120_000);
});
