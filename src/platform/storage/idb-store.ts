/** The IndexedDB store (through `idb`): database `allegiance`, object stores `records`, `quarantine`, `meta`. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QuarantineEntry } from '../../app/workspace';
import type { RecordStore } from './record-store';

export const DB_NAME = 'allegiance';
/** Bump with a new step in `upgrade` when object stores change. */
export const DB_VERSION = 1;

interface WorkspaceDb extends DBSchema {
  records: { key: string; value: unknown };
  quarantine: { key: string; value: QuarantineEntry };
  meta: { key: string; value: unknown };
}

/** Raised when another tab holds an older version of the database open and will not let go. */
export class OpenBlockedError extends Error {
  override name = 'OpenBlockedError';
}

/** Open (and create or upgrade) the database. Rejects when IndexedDB is missing, refused or blocked. */
export async function openIdbStore(name = DB_NAME): Promise<RecordStore> {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available in this browser', 'InvalidStateError');
  let blocked: (() => void) | undefined;
  const blockedPromise = new Promise<never>((_, reject) => {
    blocked = () => reject(new OpenBlockedError('another tab has an older copy of Allegiance open'));
  });
  const opening = openDB<WorkspaceDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('records');
        db.createObjectStore('quarantine');
        db.createObjectStore('meta');
      }
    },
    blocked: () => blocked?.(),
    // A newer tab wants to upgrade: let it, instead of blocking it.
    blocking: () => void opening.then((db) => db.close()),
  });
  const db = await Promise.race([opening, blockedPromise]);
  return new IdbStore(db);
}

class IdbStore implements RecordStore {
  readonly mode = 'indexeddb';
  constructor(private db: IDBPDatabase<WorkspaceDb>) {}

  async entries(prefix = ''): Promise<[string, unknown][]> {
    const range = prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined;
    const tx = this.db.transaction('records');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
    await tx.done;
    return keys.map((k, i) => [k, values[i]]);
  }
  async get(key: string): Promise<unknown> {
    return this.db.get('records', key);
  }
  async put(key: string, value: unknown): Promise<void> {
    await this.db.put('records', value, key);
  }
  async quarantined(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine');
  }
  async putQuarantine(key: string, entry: QuarantineEntry): Promise<void> {
    await this.db.put('quarantine', entry, key);
  }
  async getMeta(key: string): Promise<unknown> {
    return this.db.get('meta', key);
  }
  async putMeta(key: string, value: unknown): Promise<void> {
    await this.db.put('meta', value, key);
  }
  close(): void {
    this.db.close();
  }
}
