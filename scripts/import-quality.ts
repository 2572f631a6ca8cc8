/**
 * `npm run import-quality`: the import engine measured on the project's own notes as if they were new (no known
 * names), against the curated data in graph-data/. Prints entity recall (curated entities named 3+ times that are
 * suggested), the precision of the top 50 suggestions, and typed relation suggestions matching a curated relation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainText } from '../src/model/import/read-text';
import { measureQuality } from '../src/model/import/quality';
import { relationTypesFromYaml } from '../src/model/import/relation-types';
import { suggestImport } from '../src/model/import/suggest';
import { DATA_DIR, realDataset, realNotesText } from '../src/node/test-support';
import { DEFAULT_MIN_CONFIDENCE } from '../src/cli/commands/import';

const curated = realDataset();
const types = relationTypesFromYaml(readFileSync(join(DATA_DIR, 'relation-types.yaml'), 'utf8'));
const s = suggestImport(readPlainText(realNotesText()), { relationTypes: types });
const all = measureQuality(curated, s.entities, s.relations);
const kept = measureQuality(curated, s.entities, s.relations, { minConfidence: DEFAULT_MIN_CONFIDENCE });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`Import quality on the project's notes (${curated.notes.slides.length} slides), no known names, against ${curated.entities.length} curated entities and ${curated.relations.length} relations`);
console.log(`entities suggested: ${s.entities.length}`);
console.log(`recall: curated entities named in 3+ bullets that are suggested: ${all.frequentFound} of ${all.frequent} = ${pct(all.recall)} (target ≥ 75%)`);
console.log(`precision of the top ${all.top} suggestions: ${all.topMatched} of ${all.top} = ${pct(all.precision)} (target ≥ 70%)`);
console.log(`typed relation suggestions (kinds fitting): ${all.relations}, matching a curated relation in type and direction: ${all.relationsMatched} = ${pct(all.relationPrecision)}`);
console.log(`  at confidence ≥ ${DEFAULT_MIN_CONFIDENCE} (what "graph import" writes): ${kept.relations}, matching: ${kept.relationsMatched} = ${pct(kept.relationPrecision)}`);
console.log(`co-occurrence hints (not typed): ${s.hints.length}`);
if (process.argv.includes('--verbose')) {
  console.log(`missed: ${all.missed.join(', ')}`);
  console.log(`top ${all.top} not matching a curated entity: ${all.unmatched.join(', ')}`);
}
