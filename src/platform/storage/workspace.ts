/** The saved-work layer: save with read-back, load with validation and quarantine, notices, memory fallback, backup. */
import {
  KINDS, recordSizeProblem, makeBackup, parseBackup, planMerge, previewImport, quarantineKey, quarantineNotice, readRecord, recordKey, stableJson,
  type BackupFile, type ImportPreview, type KindRegistry, type MergePlan, type QuarantineEntry, type Resolution, type StorageNotice, type WorkRecord,
} from '../../app/workspace';
import { openIdbStore } from './idb-store';
import { MemoryStore, type RecordStore } from './record-store';
import { describeOpenError, describeSaveError } from './storage-errors';

export type SaveResult = { status: 'saved' } | { status: 'not-saved'; reason: string };

export interface WorkspaceOptions {
  kinds?: KindRegistry;
  /** Ask the browser to keep our data (default `navigator.storage.persist()`); asked once, on the first save. */
  persist?: () => Promise<boolean>;
  now?: () => string;
  /** Set when the store is a memory fallback: why the browser's storage could not be used. */
  fallbackReason?: string;
}

function browserPersist(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return typeof storage?.persist === 'function' ? storage.persist() : Promise.resolve(false);
}

/**
 * One user's saved work. Fires `notices` (an `Event`) whenever `notices` changes.
 * Work that could not be stored stays in `pending` (memory) and is still loaded and exported.
 */
export class Workspace extends EventTarget {
  readonly kinds: KindRegistry;
  readonly fallbackReason: string | undefined;
  private readonly persist: () => Promise<boolean>;
  private readonly now: () => string;
  private readonly pending = new Map<string, WorkRecord>();
  private readonly unstoredQuarantine = new Map<string, QuarantineEntry>();
  private noticeList: StorageNotice[] = [];
  private persistAsked = false;

  constructor(readonly store: RecordStore, options: WorkspaceOptions = {}) {
    super();
    this.kinds = options.kinds ?? KINDS;
    this.persist = options.persist ?? browserPersist;
    this.now = options.now ?? (() => new Date().toISOString());
    this.fallbackReason = options.fallbackReason;
    if (this.fallbackReason) this.addNotice({ id: 'storage:unavailable', tone: 'warning', message: this.fallbackReason });
  }

  /** Open the browser's database, or fall back to memory with a notice saying why. */
  static async open(options: WorkspaceOptions & { open?: () => Promise<RecordStore> } = {}): Promise<Workspace> {
    try {
      return new Workspace(await (options.open ?? openIdbStore)(), options);
    } catch (err) {
      return new Workspace(new MemoryStore(), { ...options, fallbackReason: describeOpenError(err) });
    }
  }

  /** The current notices (quarantined records, storage problems), newest last. */
  get notices(): readonly StorageNotice[] {
    return this.noticeList;
  }

  /** How many records are kept in memory only because storing them failed. */
  get unsavedCount(): number {
    return this.pending.size;
  }

  dismissNotice(id: string): void {
    this.noticeList = this.noticeList.filter((n) => n.id !== id);
    this.dispatchEvent(new Event('notices'));
  }

  private addNotice(n: StorageNotice): void {
    if (this.noticeList.some((m) => m.id === n.id)) return;
    this.noticeList = [...this.noticeList, n];
    this.dispatchEvent(new Event('notices'));
  }

  /** Store a record, read it back and compare. Anything short of a confirmed copy is "not saved", and the work stays in memory. */
  async save(record: WorkRecord): Promise<SaveResult> {
    const size = recordSizeProblem(record);
    if (size) return { status: 'not-saved', reason: `${size}. Your work is kept in this page; shorten it, or export a backup` };
    const check = readRecord(record, this.kinds);
    if (!check.ok) return { status: 'not-saved', reason: `it is not a valid ${record.kind ?? 'record'} (${check.reason})` };
    const key = recordKey(record);
    this.pending.set(key, check.record);
    try {
      await this.store.put(key, check.record);
      const back = await this.store.get(key);
      if (stableJson(back) !== stableJson(check.record)) {
        return { status: 'not-saved', reason: 'the browser did not keep it (reading it back gave something different). Your work is kept in this page; export a backup' };
      }
    } catch (err) {
      return { status: 'not-saved', reason: describeSaveError(err) };
    }
    if (this.fallbackReason) return { status: 'not-saved', reason: 'this browser is not letting Allegiance save (see “Saved work” above). Your work is kept in this page; export a backup' };
    this.pending.delete(key);
    await this.askPersistenceOnce();
    return { status: 'saved' };
  }

  /** Delete a record the user chose to delete (the caller keeps a copy for undo). */
  async remove(kind: string, id: string): Promise<SaveResult> {
    const key = recordKey({ kind, id });
    this.pending.delete(key);
    try {
      await this.store.delete(key);
      return (await this.store.get(key)) === undefined ? { status: 'saved' } : { status: 'not-saved', reason: 'the browser still has it after deleting' };
    } catch (err) {
      return { status: 'not-saved', reason: describeSaveError(err) };
    }
  }

  private async askPersistenceOnce(): Promise<void> {
    if (this.persistAsked) return;
    this.persistAsked = true;
    try {
      if (await this.store.getMeta('persistence')) return;
      const granted = await this.persist();
      await this.store.putMeta('persistence', { asked: this.now(), granted });
    } catch {
      // Asking is a courtesy: a refusal or a failure here never makes a save fail.
    }
  }

  /** Every readable record of one kind (all kinds when omitted); unreadable ones are quarantined with a notice. */
  async loadAll(kind?: string): Promise<WorkRecord[]> {
    const found = new Map<string, WorkRecord>();
    let stored: [string, unknown][] = [];
    try {
      stored = await this.store.entries(kind ? `${kind}:` : '');
    } catch (err) {
      this.addNotice({ id: 'storage:read', tone: 'warning', message: `Saved work could not be read: ${describeSaveError(err)}.` });
    }
    for (const [key, raw] of stored) {
      const read = readRecord(raw, this.kinds);
      if (read.ok && recordKey(read.record) === key) found.set(key, read.record);
      else {
        const reason = read.ok ? `it is stored under "${key}" but says it is "${recordKey(read.record)}"` : read.reason;
        const named = read.ok ? { kind: read.record.kind, id: read.record.id } : { kind: read.kind, id: read.id };
        await this.quarantine({ key, ...named, reason, raw, at: this.now() });
      }
    }
    for (const [key, r] of this.pending) if (!kind || r.kind === kind) found.set(key, r);
    return [...found.values()];
  }

  /** Copy an unreadable value aside (the original is left where it was, for a newer app to read) and say so. */
  private async quarantine(entry: QuarantineEntry): Promise<void> {
    const qKey = quarantineKey(entry.key, entry.raw);
    try {
      const known = (await this.store.quarantined()).some((e) => quarantineKey(e.key, e.raw) === qKey);
      if (!known) await this.store.putQuarantine(qKey, entry);
    } catch {
      this.unstoredQuarantine.set(qKey, entry);
    }
    this.addNotice(quarantineNotice(entry));
  }

  /** Everything quarantined, stored or not. */
  async quarantined(): Promise<QuarantineEntry[]> {
    const stored = await this.store.quarantined().catch(() => []);
    return [...stored, ...this.unstoredQuarantine.values()];
  }

  /** Everything as one backup: every readable record (saved or only in memory) and every quarantined value. */
  async exportBackup(): Promise<BackupFile> {
    const records = await this.loadAll();
    return makeBackup(records, await this.quarantined(), this.now());
  }

  /** Read a backup file's text and compare it with what is saved. */
  async previewImport(text: string): Promise<{ ok: true; preview: ImportPreview } | { ok: false; reason: string }> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    return { ok: true, preview: previewImport(await this.loadAll(), parsed.backup, this.kinds) };
  }

  /** Merge a previewed import with the user's choices. Each record is saved (and read back) on its own. */
  async applyImport(preview: ImportPreview, choices: Readonly<Record<string, Resolution>> = {}): Promise<{ plan: MergePlan; notSaved: { title: string; reason: string }[] }> {
    const existing = (await this.loadAll()).map(recordKey);
    const plan = planMerge(preview, choices, existing, this.now());
    const notSaved: { title: string; reason: string }[] = [];
    for (const r of plan.put) {
      const result = await this.save(r);
      if (result.status === 'not-saved') notSaved.push({ title: r.title, reason: result.reason });
    }
    for (const e of plan.quarantine) await this.quarantine(e);
    return { plan, notSaved };
  }
}
