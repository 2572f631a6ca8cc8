/**
 * The size limit of one saved record: far above any real plan or lesson (a long essay plan is ~50 k characters),
 * far below what strains a page to read back. Checked when saving (a quota-style message; the work stays in the
 * page) and when reading back (a larger stored value is quarantined, not parsed further).
 */
import { MAX_SHARED_FILE_CHARS } from '../shared/json-text';

/** The most characters one record may take as JSON: the same as a plan or lesson file. */
export const MAX_RECORD_CHARS = MAX_SHARED_FILE_CHARS;

/** The record's size as JSON, in characters; Infinity when it cannot be written as JSON (a cycle, a BigInt). */
export function recordChars(value: unknown): number {
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return Infinity;
  }
}

/** Why a record is too large to keep, or null. */
export function recordSizeProblem(value: unknown): string | null {
  const n = recordChars(value);
  if (n <= MAX_RECORD_CHARS) return null;
  return n === Infinity ? 'it cannot be written as JSON' : `it is too large (${n.toLocaleString('en-GB')} characters; the limit for one saved item is ${MAX_RECORD_CHARS.toLocaleString('en-GB')})`;
}
