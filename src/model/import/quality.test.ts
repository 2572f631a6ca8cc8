// The engine measured on the project's own notes as if new (no known names) against the curated data. The figures
// are floors set a little under the measured values (npm run import-quality prints them): they may rise, not slip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, realDataset, realNotesText } from '../../node/test-support';
import { measureQuality } from './quality';
import { readPlainText } from './read-text';
import { relationTypesFromYaml } from './relation-types';
import { suggestImport } from './suggest';

describe('import quality on the project\'s notes', { timeout: 60_000 }, () => {
  const curated = realDataset();
  const s = suggestImport(readPlainText(realNotesText()), { relationTypes: relationTypesFromYaml(readFileSync(join(DATA_DIR, 'relation-types.yaml'), 'utf8')) });

  it('suggests at least 75% of the curated entities named 3 or more times (measured 79.6%: 39 of 49)', () => {
    const q = measureQuality(curated, s.entities, s.relations);
    expect(q.frequent).toBe(49);
    expect(q.recall).toBeGreaterThanOrEqual(0.77);
  });

  it('at least 70% of the top 50 suggestions are curated entities (measured 84%: 42 of 50)', () => {
    expect(measureQuality(curated, s.entities, s.relations).precision).toBeGreaterThanOrEqual(0.8);
  });

  it('typed relation suggestions matching a curated relation in type and direction (measured 22 of 58 at confidence ≥ 0.5)', () => {
    const q = measureQuality(curated, s.entities, s.relations, { minConfidence: 0.5 });
    expect(q.relationsMatched).toBeGreaterThanOrEqual(20);
    expect(q.relationPrecision).toBeGreaterThanOrEqual(0.35);
  });

  it('the measure can fail: with no suggestions every figure is zero', () => {
    expect(measureQuality(curated, [], [])).toMatchObject({ recall: 0, precision: 0, relationsMatched: 0 });
  });
});
