/** Records that could not be read: kept aside (never deleted) with the reason, and the notice the UI shows for them. */
import { describeValue } from './read-record';

/** One unreadable stored value, copied aside with why it failed. */
export interface QuarantineEntry {
  /** The key it was stored under (`kind:id` for records). */
  key: string;
  kind?: string;
  id?: string;
  reason: string;
  /** The stored value exactly as found. */
  raw: unknown;
  /** ISO time it was found. */
  at: string;
}

/** A message for the storage notices list. `id` is stable so a dismissed notice stays dismissed. */
export interface StorageNotice {
  id: string;
  tone: 'problem' | 'warning';
  message: string;
}

/** A short stable hash (FNV-1a, hex) of a text: tells two different bad values under one key apart. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The quarantine store's key for an entry: the original key plus a hash of the value, so nothing overwrites a different value. */
export function quarantineKey(key: string, raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = describeValue(raw);
  }
  return `${key}#${textHash(text)}`;
}

/** The notice for one quarantined record: which kind, which id, why, and that it is kept and exportable. */
export function quarantineNotice(e: QuarantineEntry): StorageNotice {
  const what = e.kind ? `A saved ${e.kind}` : 'A saved item';
  const which = e.id ? ` (id "${e.id}")` : ` (stored as "${e.key.slice(0, 80)}")`;
  return {
    id: `quarantine:${quarantineKey(e.key, e.raw)}`,
    tone: 'problem',
    message: `${what}${which} could not be read: ${e.reason}. It is kept aside, not deleted, and is included when you export a backup.`,
  };
}
