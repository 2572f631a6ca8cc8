/** Helpers for model tests: the real notes and data on disk, and small in-memory data sets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notesPath, readDataDir } from './load-files';
import type { Dataset } from '../model/types';
import { type RawData, validateData } from '../model/validate';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'graph-data');

/** The real notes text. */
export function realNotesText(): string {
  return readFileSync(notesPath(DATA_DIR), 'utf8');
}

/** The real data folder, read as the CLI reads it. */
export function realData(): RawData {
  return readDataDir(DATA_DIR, join(DATA_DIR, '..'));
}

/** The real data, validated (throws if it has problems). */
export function realDataset(): Dataset {
  const { dataset, problems } = validateData(realData());
  if (!dataset) throw new Error(`the real data has ${problems.length} problems`);
  return dataset;
}

/** The real notes and relation types with the given entity and relation YAML texts. */
export function dataWith(entities: string, relations: string, relationTypes?: string): RawData {
  const real = realData();
  return {
    notes: real.notes,
    relationTypes: relationTypes === undefined ? real.relationTypes : { file: 'graph-data/relation-types.yaml', text: relationTypes },
    entities: [{ file: 'graph-data/entities/test.yaml', text: entities }],
    relations: [{ file: 'graph-data/relations/test.yaml', text: relations }],
  };
}
