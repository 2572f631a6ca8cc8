/**
 * Browser side effects live under src/platform/ (storage, downloads, file reading, clipboard, preferences; workers to come).
 * Only src/view/ imports it; it never imports view/, nor app/ except the pure app/workspace/ records. See README.md.
 */
export { copyText } from './clipboard';
export { downloadBlob, downloadText } from './download';
export { readFlag, writeFlag } from './preferences';
export { readTextFile } from './read-file';
