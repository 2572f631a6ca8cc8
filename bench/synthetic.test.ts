import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNotes, slideByNumber } from '../src/model/notes';
import { runPipeline } from '../src/model/pipeline';
import { validateData } from '../src/model/validate';
import { ENTITY_KINDS, type AllegianceGraph } from '../src/model/types';
import { type RealShape, type SyntheticData, asRawData, generateSynthetic, readRealShape } from './synthetic';

let shape: RealShape;
let typesText: string;
let data: SyntheticData;
const N = 400;

beforeAll(() => {
  ({ shape, relationTypesText: typesText } = readRealShape('graph-data'));
  data = generateSynthetic(shape, typesText, { entities: N, seed: 7 });
});

const fileText = (d: SyntheticData) => d.files.map((f) => `${f.path}\n${f.text}`).join('\n\u0000\n');

describe('synthetic data generator', () => {
  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    const again = generateSynthetic(shape, typesText, { entities: N, seed: 7 });
    expect(fileText(again)).toBe(fileText(data));
    const other = generateSynthetic(shape, typesText, { entities: N, seed: 8 });
    expect(fileText(other)).not.toBe(fileText(data));
  });

  it('writes the folder layout the pipeline reads, relation types copied byte for byte', () => {
    const paths = data.files.map((f) => f.path);
    expect(paths).toContain('notes/synthetic.txt');
    expect(paths.some((p) => /^entities\/part-\d\d\.yaml$/.test(p))).toBe(true);
    expect(paths.some((p) => /^relations\/part-\d\d\.yaml$/.test(p))).toBe(true);
    expect(data.files.find((f) => f.path === 'relation-types.yaml')!.text).toBe(typesText);
  });

  it('validates with zero problems through validateData, and builds', () => {
    const raw = asRawData(data);
    const { dataset, problems } = validateData(raw);
    expect(problems).toEqual([]);
    expect(dataset!.entities).toHaveLength(N);
    const result = runPipeline(raw);
    expect(result.ok).toBe(true);
    expect(result.graph!.order).toBe(N);
  });

  it('every quote is verbatim (byte for byte, not only up to white space) on the slide it cites', () => {
    const notes = parseNotes(data.files.find((f) => f.path === 'notes/synthetic.txt')!.text);
    expect(notes.slides.length).toBe(data.counts.slides);
    notes.slides.forEach((s, i) => expect(s.number).toBe(i + 1));
    let checked = 0;
    for (const f of data.files.filter((x) => x.path.startsWith('relations/'))) {
      for (const r of parse(f.text) as { evidence: { slide: number; quote: string }[] }[]) {
        for (const ev of r.evidence) {
          const slide = slideByNumber(notes, ev.slide);
          expect(slide, `slide ${ev.slide}`).toBeDefined();
          expect(slide!.text.includes(ev.quote), `"${ev.quote}" on slide ${ev.slide}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBe(data.counts.evidence);
  });

  describe('follows the real graph’s shape', () => {
    let graph: AllegianceGraph;
    beforeAll(() => {
      graph = runPipeline(asRawData(data)).graph!;
    });

    it('has the same kinds in the same proportions (within 1.5 points) and scales the relation count', () => {
      const count = (kind: string, xs: RealShape['entities'] | { kind: string }[]) => xs.filter((e) => e.kind === kind).length / xs.length;
      const generated = graph.mapNodes((_id, a) => ({ kind: a.kind }));
      for (const kind of ENTITY_KINDS) expect(Math.abs(count(kind, generated) - count(kind, shape.entities))).toBeLessThan(0.015);
      expect(graph.size).toBe(Math.round((shape.relations.length * N) / shape.entities.length));
    });

    it('has the same relation types in the same proportions (within 1.5 points)', () => {
      const share = (type: string, types: string[]) => types.filter((t) => t === type).length / types.length;
      const generated = graph.mapEdges((_k, a) => a.type);
      const model = shape.relations.map((r) => r.type);
      for (const type of new Set(model)) expect(Math.abs(share(type, generated) - share(type, model))).toBeLessThan(0.015);
    });

    it('has a similar degree distribution: hubs and a long tail of degree 1–2', () => {
      const degrees = graph.mapNodes((id) => graph.degree(id)).sort((a, b) => a - b);
      const modelDegrees = shape.entities.map((e) => e.degree).sort((a, b) => a - b);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(degrees)).toBeCloseTo(mean(modelDegrees), 0);
      const med = (xs: number[]) => xs[xs.length >> 1]!;
      expect(Math.abs(med(degrees) - med(modelDegrees))).toBeLessThanOrEqual(1);
      expect(degrees[degrees.length - 1]!).toBeGreaterThan(0.5 * modelDegrees[modelDegrees.length - 1]!);
    });

    it('keeps the dates: the same share of dated relations, years within the real range', () => {
      const years = (xs: (string | undefined)[]) => xs.filter(Boolean).map((s) => Number(s!.slice(0, 4)));
      const gen = graph.mapEdges((_k, a) => a.start);
      const model = shape.relations.map((r) => r.start);
      expect(Math.abs(years(gen).length / gen.length - years(model).length / model.length)).toBeLessThan(0.02);
      expect(Math.min(...years(gen))).toBeGreaterThanOrEqual(Math.min(...years(model)));
      expect(Math.max(...years(gen))).toBeLessThanOrEqual(Math.max(...years(model)));
    });

    it('links entities to the bullets that name them, as the real notes do', () => {
      const withMentions = graph.filterNodes((_id, a) => a.mentions.length > 0).length;
      expect(withMentions / graph.order).toBeGreaterThan(0.9);
    });
  });
});
