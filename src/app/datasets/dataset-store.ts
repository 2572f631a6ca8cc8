/**
 * Datasets saved in the browser: the raw files as picked, so a saved dataset goes through the same validation
 * as a freshly picked one. The interface the view uses; the storage itself lives in src/platform/.
 */
import type { PickedFile } from './raw-from-files';

/** A saved dataset record: its id (also its `?ds=` value), a name for people, and the files as picked. */
export interface DatasetRecord {
  id: string;
  name: string;
  files: PickedFile[];
  /** ISO date and time of saving. */
  savedAt: string;
}

/** What the list of saved datasets shows (no file contents). */
export interface DatasetSummary {
  id: string;
  name: string;
  savedAt: string;
  fileCount: number;
}

/** Where datasets are saved. Every method may reject (quota, private mode): callers keep the data in memory then. */
export interface DatasetStore {
  list(): Promise<DatasetSummary[]>;
  get(id: string): Promise<DatasetRecord | null>;
  put(record: DatasetRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The summary of a record. */
export function summarise(record: DatasetRecord): DatasetSummary {
  return { id: record.id, name: record.name, savedAt: record.savedAt, fileCount: record.files.length };
}
