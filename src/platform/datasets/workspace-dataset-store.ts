/**
 * A DatasetStore over the saved-work layer: each dataset is a `dataset` record (src/app/workspace/kinds.ts) in
 * the user's Workspace, so it is kept in IndexedDB across reloads, validated when read (a damaged one goes to
 * quarantine with a notice), read back on saving, included in the backup file, and kept in memory when the
 * browser refuses to store it (the Workspace's own fallback). Records are never deleted, so there is no remove.
 */
import type { WorkRecord } from '../../app/workspace/record';
import { DATASET_KIND_ID as DATASET_KIND } from '../../app/workspace/dataset-kind-id';
import type { Workspace } from '../storage/workspace';
import { type DatasetRecord, type DatasetStore, type DatasetSummary, summarise } from './dataset-store';

type DatasetData = { files: { file: string; text: string }[] };

/** A dataset as a saved-work record: the name is its title, the time of saving its `updatedAt`. */
export function toWorkRecord(d: DatasetRecord): WorkRecord<DatasetData> {
  return { kind: DATASET_KIND.kind, id: d.id, version: DATASET_KIND.version, title: d.name, updatedAt: d.savedAt, data: { files: d.files.map((f) => ({ file: f.path, text: f.text })) } };
}

/** A validated saved-work record of kind `dataset` back as a dataset. */
export function fromWorkRecord(r: WorkRecord): DatasetRecord {
  const data = r.data as DatasetData;
  return { id: r.id, name: r.title, savedAt: r.updatedAt, files: data.files.map((f) => ({ path: f.file, text: f.text })) };
}

export class WorkspaceDatasetStore implements DatasetStore {
  /** `workspace` gives the opened Workspace (the app opens it once, at start-up). */
  constructor(private readonly workspace: () => Promise<Workspace | undefined>) {}

  private async open(): Promise<Workspace> {
    const ws = await this.workspace();
    if (!ws) throw new Error('saved work is not available in this page');
    return ws;
  }

  private async all(): Promise<DatasetRecord[]> {
    return (await (await this.open()).loadAll(DATASET_KIND.kind)).map(fromWorkRecord);
  }

  async list(): Promise<DatasetSummary[]> {
    return (await this.all()).map(summarise).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }

  async get(id: string): Promise<DatasetRecord | null> {
    return (await this.all()).find((d) => d.id === id) ?? null;
  }

  /** Save and read back; "not saved" (quota, private mode, a bad read-back) rejects with the reason, the record staying in memory. */
  async put(record: DatasetRecord): Promise<void> {
    const result = await (await this.open()).save(toWorkRecord(record));
    if (result.status === 'not-saved') throw new Error(result.reason);
  }
}
