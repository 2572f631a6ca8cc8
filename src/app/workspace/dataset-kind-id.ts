/** The `dataset` record kind's name and version, without its schema (zod), so the first load can name it. */
export const DATASET_KIND_ID = { kind: 'dataset', version: 1 } as const;
/** The `import-decisions` record kind's name and version (an import's decisions, issue 14), likewise without zod. */
export const IMPORT_DECISIONS_KIND_ID = { kind: 'import-decisions', version: 1 } as const;
