/** The low-level store the workspace writes through: IndexedDB in the browser, or memory when the browser refuses. */
import type { QuarantineEntry } from '../../app/workspace';

export interface RecordStore {
  /** Where the data lives: `memory` is lost when the page closes. */
  readonly mode: 'indexeddb' | 'memory';
  /** Every stored `[key, value]` whose key starts with `prefix` (all of them when it is empty), in key order. */
  entries(prefix?: string): Promise<[string, unknown][]>;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  quarantined(): Promise<QuarantineEntry[]>;
  putQuarantine(key: string, entry: QuarantineEntry): Promise<void>;
  getMeta(key: string): Promise<unknown>;
  putMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

/** A store in memory with the same behaviour as IndexedDB (values are copied in and out). */
export class MemoryStore implements RecordStore {
  readonly mode = 'memory';
  private records = new Map<string, unknown>();
  private quarantine = new Map<string, QuarantineEntry>();
  private meta = new Map<string, unknown>();

  async entries(prefix = ''): Promise<[string, unknown][]> {
    return [...this.records].filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, structuredClone(v)]);
  }
  async get(key: string): Promise<unknown> {
    return structuredClone(this.records.get(key));
  }
  async put(key: string, value: unknown): Promise<void> {
    this.records.set(key, structuredClone(value));
  }
  async quarantined(): Promise<QuarantineEntry[]> {
    return [...this.quarantine.values()].map((e) => structuredClone(e));
  }
  async putQuarantine(key: string, entry: QuarantineEntry): Promise<void> {
    this.quarantine.set(key, structuredClone(entry));
  }
  async getMeta(key: string): Promise<unknown> {
    return structuredClone(this.meta.get(key));
  }
  async putMeta(key: string, value: unknown): Promise<void> {
    this.meta.set(key, structuredClone(value));
  }
  close(): void {}
}
