/**
 * Browser side effects live under src/platform/ (storage, workers, downloads, clipboard).
 * Only src/view/ imports it; it never imports view/.
 */
export { readFlag, writeFlag } from './preferences';
