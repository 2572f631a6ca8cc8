/** The YAML pipeline door: validate + build on generated and mutated data folders. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/model/pipeline';
import type { Problem } from '../src/model/types';
import type { RawData } from '../src/model/validate';
import type { DataFile } from '../src/model/yaml-source';
import { realData } from '../src/node/test-support';
import { fuzz, hostileText, mangled } from './fuzz-config';

const real = realData();

/** Every problem is a typed message: a file, a whole line number, a message and a fix; never "internal". */
function wellFormed(p: Problem): void {
  expect(p.code).not.toBe('internal');
  expect(p.file).toEqual(expect.any(String));
  expect(p.file.length).toBeGreaterThan(0);
  expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
  expect(p.message.length).toBeGreaterThan(0);
  expect(p.message.length).toBeLessThan(1000);
  expect(p.fix.length).toBeGreaterThan(0);
}

function check(raw: RawData): void {
  const r = runPipeline(raw);
  if (r.ok) {
    expect(r.problems).toEqual([]);
    expect(r.graph.order).toBeGreaterThan(0);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) wellFormed(p);
    // Capped: at most 50 problems per file plus its "and N more" line, plus summaries.
    const perFile = new Map<string, number>();
    for (const p of r.problems) perFile.set(p.file, (perFile.get(p.file) ?? 0) + 1);
    for (const n of perFile.values()) expect(n).toBeLessThanOrEqual(53);
  }
  for (const w of r.warnings) wellFormed(w);
}

/** A real file changed: mangled, emptied, swapped with another, marked missing. */
const fileVariant = (f: DataFile, others: DataFile[]) =>
  fc.oneof(
    { weight: 5, arbitrary: mangled(f.text).map((text) => ({ ...f, text })) },
    { weight: 1, arbitrary: fc.constant({ ...f, text: '' }) },
    { weight: 1, arbitrary: fc.constantFrom(...others).map((o) => ({ ...f, text: o.text })) },
    { weight: 1, arbitrary: fc.constant({ ...f, text: '', missing: true }) },
    { weight: 1, arbitrary: hostileText.map((text) => ({ ...f, text })) },
  );

const all = [real.notes, real.relationTypes, ...real.entities, ...real.relations];
const mutatedFolder: fc.Arbitrary<RawData> = fc
  .record({
    notes: fc.oneof(fc.constant(real.notes), fileVariant(real.notes, all)),
    relationTypes: fc.oneof(fc.constant(real.relationTypes), fileVariant(real.relationTypes, all)),
    entities: fc.tuple(...real.entities.map((f) => fc.oneof({ weight: 3, arbitrary: fc.constant(f) }, { weight: 1, arbitrary: fileVariant(f, all) }))),
    relations: fc.tuple(...real.relations.map((f) => fc.oneof({ weight: 3, arbitrary: fc.constant(f) }, { weight: 1, arbitrary: fileVariant(f, all) }))),
    drop: fc.nat(8),
  })
  .map(({ drop, entities, relations, ...rest }) => ({ ...rest, entities: entities.filter((_, i) => i !== drop), relations: relations.filter((_, i) => i + 4 !== drop) }));

/** A small folder written from scratch: random records with real-looking fields and hostile values. */
const value = fc.oneof(hostileText, fc.integer(), fc.constantFrom('stalin', 'lenin', 'person', 'allied-with', '1924', '1924-13-40', 'null', '[]', '{}'));
const record = fc.dictionary(fc.constantFrom('id', 'label', 'kind', 'aliases', 'start', 'end', 'source', 'type', 'target', 'evidence', 'slide', 'quote', '__proto__', 'constructor'), value, { maxKeys: 6 });
const yamlOf = (records: Record<string, unknown>[]) => records.map((r) => `- ${JSON.stringify(r)}`).join('\n');
const generatedFolder: fc.Arbitrary<RawData> = fc.record({ e: fc.array(record, { maxLength: 8 }), r: fc.array(record, { maxLength: 8 }) }).map(({ e, r }) => ({
  ...real,
  entities: [...real.entities, { file: 'graph-data/entities/gen.yaml', text: yamlOf(e) }],
  relations: [...real.relations, { file: 'graph-data/relations/gen.yaml', text: yamlOf(r) }],
}));

describe('fuzz: the YAML pipeline (validate + build)', () => {
  it('mutated real data folders give a graph or typed, capped problems; never a throw or "internal"', () => {
    fuzz('pipeline/mutated folders', mutatedFolder, check, 15);
  }, 120_000);

  it('generated records added to the real data give a graph or typed problems', () => {
    fuzz('pipeline/generated records', generatedFolder, check, 15);
  }, 120_000);
});
