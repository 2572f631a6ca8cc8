/** Plain-words messages for the ways a browser refuses to store things. */

function errorName(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err && typeof err.name === 'string') return err.name;
  return '';
}

function errorMessage(err: unknown): string {
  return err instanceof Error || err instanceof DOMException ? err.message : String(err);
}

/** Why a save failed, for "Not saved — …". */
export function describeSaveError(err: unknown): string {
  const name = errorName(err);
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full. Your work is kept in this page; export a backup, then free space (or delete old saved work)';
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') return 'the browser closed its storage (for example after clearing site data). Your work is kept in this page; export a backup';
  if (name === 'DataCloneError') return 'the work contains something that cannot be stored';
  return `the browser refused to store it (${name || 'error'}: ${errorMessage(err)}). Your work is kept in this page; export a backup`;
}

/** Why the database could not be opened at all: then everything is kept in memory only. */
export function describeOpenError(err: unknown): string {
  const name = errorName(err);
  const tail = 'Your work is kept only while this page is open: export a backup to keep it.';
  if (name === 'OpenBlockedError') return `Saving is paused: ${errorMessage(err)}. Close the other Allegiance tabs and reload. ${tail}`;
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return `This browser does not let Allegiance save (private browsing, or storage turned off for this site). ${tail}`;
  }
  if (name === 'QuotaExceededError') return `The browser’s storage for this site is full. ${tail}`;
  return `Allegiance could not open the browser’s storage (${name || 'error'}: ${errorMessage(err)}). ${tail}`;
}
