/** The backup file (`.allegiance.json`): making one, and reading one back without trusting it. */
import { z } from 'zod';
import type { QuarantineEntry } from './quarantine';
import { describeValue } from './read-record';
import type { WorkRecord } from './record';
import { parseJsonText } from '../shared/json-text';
import { summariseIssues, versionProblem } from '../shared/schema-issues';

export const BACKUP_FORMAT = 'allegiance-backup';
export const BACKUP_VERSION = 1;
/** A backup larger than this is refused before parsing (it is not something this app wrote). */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** Every readable record, as saved. */
  records: unknown[];
  /** Every quarantined value, kept so nothing is lost by moving to another browser. */
  quarantine: QuarantineEntry[];
}

/** A quarantined value as JSON can hold it: what JSON cannot write (a cycle, a BigInt) is replaced by a description. */
function jsonSafe(e: QuarantineEntry): QuarantineEntry {
  try {
    JSON.stringify(e.raw);
    return e;
  } catch (err) {
    return { ...e, raw: { unwritable: describeValue(e.raw), why: err instanceof Error ? err.message : String(err) } };
  }
}

/** Put records and quarantine into one backup object. */
export function makeBackup(records: readonly WorkRecord[], quarantine: readonly QuarantineEntry[], exportedAt: string): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, records: [...records], quarantine: quarantine.map(jsonSafe) };
}

/** The backup as text, one record per line in spirit: readable, diffable. */
export function backupText(b: BackupFile): string {
  return `${JSON.stringify(b, null, 1)}\n`;
}

/** A file name such as `allegiance-2026-12-01.allegiance.json`. */
export function backupFileName(exportedAt: string): string {
  return `allegiance-${exportedAt.slice(0, 10)}.allegiance.json`;
}

const quarantineSchema = z.object({
  key: z.string(),
  kind: z.string().optional(),
  id: z.string().optional(),
  reason: z.string(),
  raw: z.unknown(),
  at: z.string(),
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: z.string(),
  records: z.array(z.unknown()),
  quarantine: z.array(quarantineSchema).optional(),
});

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; reason: string };

/** Check a backup file's outer shape; the records inside are checked one by one by the preview. */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, reason: `the file is too large (${text.length.toLocaleString('en-GB')} characters) to be an Allegiance backup` };
  const read = parseJsonText(text, 'the file');
  if (!read.ok) return read;
  const json = read.value;
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    if (parsed.error.issues[0]?.path[0] === 'format') return { ok: false, reason: 'this is not an Allegiance backup (its "format" is not "allegiance-backup")' };
    return { ok: false, reason: summariseIssues(parsed.error.issues).replace(/^it is/, 'the backup is') };
  }
  const version = parsed.data.version > BACKUP_VERSION || parsed.data.version < 1 ? versionProblem('backup', parsed.data.version, BACKUP_VERSION) : null;
  if (version) return { ok: false, reason: version.replace(/^it was/, 'the backup was').replace(/^its/, 'the backup’s') };
  return { ok: true, backup: { ...parsed.data, format: BACKUP_FORMAT, quarantine: parsed.data.quarantine ?? [] } };
}
