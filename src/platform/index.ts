/**
 * Browser side effects live under src/platform/ (storage, workers, downloads, clipboard).
 * Only src/view/ imports it; it never imports view/ or app/.
 */
export { copyText } from './clipboard';
export { downloadBlob } from './download';
export { readFlag, writeFlag } from './preferences';
