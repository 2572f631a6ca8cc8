/** The envelope every saved record shares (kind, id, version, title, time) and the shape of a record kind. */
import { z } from 'zod';

/** Longest id and title accepted: anything longer is damage, not work. */
export const MAX_ID = 200;
export const MAX_TITLE = 500;

/** What every stored record looks like before its kind's own `data` is checked. */
export const envelopeSchema = z.object({
  kind: z.string().min(1).max(40),
  id: z.string().min(1).max(MAX_ID),
  version: z.number().int().min(1),
  title: z.string().max(MAX_TITLE),
  updatedAt: z.iso.datetime(),
  data: z.unknown(),
});

/** A record as saved: `data` is checked by its kind's schema at the kind's current `version`. */
export interface WorkRecord<D = unknown> {
  kind: string;
  id: string;
  version: number;
  title: string;
  /** ISO time of the last change. */
  updatedAt: string;
  data: D;
}

/** One step of a kind's history: turns `data` at version N into `data` at version N + 1. May throw. */
export type Migration = (data: unknown) => unknown;

/** A kind of record: its current version, the schema of its data at that version, and how to get there. */
export interface RecordKind<D = unknown> {
  kind: string;
  version: number;
  schema: z.ZodType<D>;
  /** `migrations[n]` upgrades data from version n to n + 1, for every n below `version`. */
  migrations: Readonly<Record<number, Migration>>;
  /** A singleton (like settings) is one record per id that is never duplicated on import. */
  singleton?: boolean;
}

/** The kinds one app knows, by name. */
export type KindRegistry = ReadonlyMap<string, RecordKind>;

/** Build a registry from a list of kinds. */
export function registryOf(kinds: readonly RecordKind[]): KindRegistry {
  return new Map(kinds.map((k) => [k.kind, k]));
}

/** The storage key of a record: kind and id, so `kind:` is a key range for one kind. */
export function recordKey(r: Pick<WorkRecord, 'kind' | 'id'>): string {
  return `${r.kind}:${r.id}`;
}
