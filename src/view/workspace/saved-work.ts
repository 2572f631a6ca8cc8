/** What the shell needs from the saved-work layer, as one chunk loaded right after start-up, so zod and idb stay off the first load. */
export { Workspace } from '../../platform/storage/workspace';
export { backupFileName, backupText, settingsFrom, settingsRecord } from '../../app/workspace';
export { downloadText } from '../../platform/download';
