/** Importing a backup: a preview of what each record would do, then a merge plan that never silently overwrites. */
import type { BackupFile } from './backup';
import { KINDS } from './kinds';
import type { QuarantineEntry } from './quarantine';
import { readRecord } from './read-record';
import { MAX_ID, MAX_TITLE, recordKey, type KindRegistry, type WorkRecord } from './record';

/** What importing one record would do: new, newer than ours, identical, clashing with ours, or unreadable. */
export type ImportAction = 'add' | 'update' | 'same' | 'conflict' | 'invalid';
/** The user's choice for an update or a conflict. */
export type Resolution = 'keep-both' | 'keep-mine' | 'take-theirs';

export interface ImportRow {
  /** Row id, stable within one preview (the record's place in the file). */
  row: string;
  action: ImportAction;
  kind?: string;
  id?: string;
  title: string;
  /** Why a record is invalid, or what differs. */
  reason?: string;
  incoming?: WorkRecord;
  existing?: WorkRecord;
  raw?: unknown;
  /** The choices offered (updates and conflicts only), the first being the default. */
  choices: Resolution[];
}

export interface ImportPreview {
  rows: ImportRow[];
  /** Quarantined values carried in the backup: always kept. */
  quarantine: QuarantineEntry[];
  counts: Record<ImportAction, number>;
}

export interface MergePlan {
  put: WorkRecord[];
  quarantine: QuarantineEntry[];
  summary: { added: number; updated: number; keptBoth: number; unchanged: number; invalid: number };
}

/** JSON with sorted keys, so equal records compare equal whatever order their fields came in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function choicesFor(action: ImportAction, singleton: boolean): Resolution[] {
  if (action === 'update') return singleton ? ['take-theirs', 'keep-mine'] : ['take-theirs', 'keep-mine', 'keep-both'];
  if (action === 'conflict') return singleton ? ['keep-mine', 'take-theirs'] : ['keep-both', 'keep-mine', 'take-theirs'];
  return [];
}

/** Compare a backup with what is saved: one row per record in the file. */
export function previewImport(existing: readonly WorkRecord[], backup: BackupFile, kinds: KindRegistry = KINDS): ImportPreview {
  const known = new Map(existing.map((r) => [recordKey(r), r]));
  const counts: Record<ImportAction, number> = { add: 0, update: 0, same: 0, conflict: 0, invalid: 0 };
  const rows = backup.records.map((raw, i): ImportRow => {
    const row = `r${i}`;
    const read = readRecord(raw, kinds);
    if (!read.ok) {
      counts.invalid++;
      return { row, action: 'invalid', kind: read.kind, id: read.id, title: read.id ?? `record ${i + 1}`, reason: read.reason, raw, choices: [] };
    }
    const incoming = read.record;
    const mine = known.get(recordKey(incoming));
    const singleton = kinds.get(incoming.kind)?.singleton ?? false;
    let action: ImportAction = 'add';
    let reason: string | undefined;
    if (mine) {
      if (stableJson(mine) === stableJson(incoming)) action = 'same';
      else if (incoming.updatedAt > mine.updatedAt) [action, reason] = ['update', `the imported one is newer (${incoming.updatedAt} after ${mine.updatedAt})`];
      else [action, reason] = ['conflict', incoming.updatedAt === mine.updatedAt ? 'both changed at the same time' : `yours is newer (${mine.updatedAt})`];
    }
    counts[action]++;
    // A second record with the same key in one file meets the first one, not silence.
    if (action === 'add') known.set(recordKey(incoming), incoming);
    return { row, action, kind: incoming.kind, id: incoming.id, title: incoming.title, reason, incoming, existing: mine, choices: choicesFor(action, singleton) };
  });
  return { rows, quarantine: [...backup.quarantine], counts };
}

function freshId(id: string, taken: Set<string>, kind: string): string {
  const base = `${id.slice(0, MAX_ID - 20)}-imported`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(`${kind}:${candidate}`)) return candidate;
  }
}

/**
 * Turn a preview and the user's choices into writes. Rows without a choice take their default: a conflict keeps
 * both (the imported copy gets a new id and " (imported)" on its title), an update takes the newer one.
 */
export function planMerge(preview: ImportPreview, choices: Readonly<Record<string, Resolution>>, existingKeys: Iterable<string>, now: string): MergePlan {
  const taken = new Set(existingKeys);
  const put: WorkRecord[] = [];
  const quarantine: QuarantineEntry[] = [...preview.quarantine];
  const summary = { added: 0, updated: 0, keptBoth: 0, unchanged: 0, invalid: 0 };
  for (const row of preview.rows) {
    if (row.action === 'invalid') {
      summary.invalid++;
      quarantine.push({ key: `import:${row.kind ?? '?'}:${row.id ?? row.row}`, kind: row.kind, id: row.id, reason: row.reason ?? 'invalid', raw: row.raw, at: now });
      continue;
    }
    const incoming = row.incoming!;
    const key = recordKey(incoming);
    if (row.action === 'same') summary.unchanged++;
    else if (row.action === 'add') {
      put.push(incoming);
      taken.add(key);
      summary.added++;
    } else {
      const choice = choices[row.row] && row.choices.includes(choices[row.row]!) ? choices[row.row]! : row.choices[0]!;
      if (choice === 'keep-mine') summary.unchanged++;
      else if (choice === 'take-theirs') {
        put.push(incoming);
        summary.updated++;
      } else {
        const id = freshId(incoming.id, taken, incoming.kind);
        taken.add(`${incoming.kind}:${id}`);
        put.push({ ...incoming, id, title: `${incoming.title} (imported)`.slice(0, MAX_TITLE) });
        summary.keptBoth++;
      }
    }
  }
  return { put, quarantine, summary };
}
