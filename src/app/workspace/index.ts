/** Saved work, the pure part: record kinds with versions and migrations, reading records, the backup file, import preview and merge. */
export * from './record';
export * from './kinds';
export * from './read-record';
export * from './quarantine';
export * from './backup';
export * from './merge';
export * from './settings';
export * from './record-size';
