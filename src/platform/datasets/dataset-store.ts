/**
 * Datasets saved in the browser: the raw files as picked, so a saved dataset goes through the same validation
 * as a freshly picked one. The interface the view uses, whatever keeps the records: workspace-dataset-store.ts (the
 * saved-work layer, IndexedDB) in the app, memory-dataset-store.ts where nothing should outlive the page.
 */

/** One file as picked: its path within the pick and its text (the shape of app/datasets' PickedFile). */
export interface StoredFile {
  path: string;
  text: string;
}

/** A saved dataset record: its id (also its `?ds=` value), a name for people, and the files as picked. */
export interface DatasetRecord {
  id: string;
  name: string;
  files: StoredFile[];
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

/** Where datasets are saved (never deleted: saved work is kept). Every method may reject (quota, private mode): callers keep the data in memory then. */
export interface DatasetStore {
  list(): Promise<DatasetSummary[]>;
  get(id: string): Promise<DatasetRecord | null>;
  put(record: DatasetRecord): Promise<void>;
}

/** The summary of a record. */
export function summarise(record: DatasetRecord): DatasetSummary {
  return { id: record.id, name: record.name, savedAt: record.savedAt, fileCount: record.files.length };
}
