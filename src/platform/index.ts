/**
 * Browser side effects live under src/platform/ (storage, downloads, file reading; workers and clipboard to come).
 * Only src/view/ imports it; it never imports view/. See README.md.
 */
export { downloadBlob, downloadText } from './download';
export { readTextFile } from './read-file';
export { Workspace, type SaveResult } from './storage/workspace';
