/**
 * A DatasetStore kept in memory for the life of the page (the DatasetController's default; the app gives it the
 * persistent WorkspaceDatasetStore). A reload forgets these datasets.
 */
import { type DatasetRecord, type DatasetStore, type DatasetSummary, summarise } from './dataset-store';

export class MemoryDatasetStore implements DatasetStore {
  private readonly records = new Map<string, DatasetRecord>();

  list(): Promise<DatasetSummary[]> {
    return Promise.resolve([...this.records.values()].map(summarise).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)));
  }

  get(id: string): Promise<DatasetRecord | null> {
    const record = this.records.get(id);
    return Promise.resolve(record ? structuredClone(record) : null);
  }

  put(record: DatasetRecord): Promise<void> {
    this.records.set(record.id, structuredClone(record));
    return Promise.resolve();
  }
}
