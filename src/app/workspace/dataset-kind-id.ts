/** The `dataset` record kind's name and version, without its schema (zod), so the first load can name it. */
export const DATASET_KIND_ID = { kind: 'dataset', version: 1 } as const;
