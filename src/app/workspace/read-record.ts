/** Reading a stored value back into a record: check the envelope, migrate old versions, validate the data. Never throws. */
import { KINDS } from './kinds';
import { envelopeSchema, type KindRegistry, type WorkRecord } from './record';
import { recordSizeProblem } from './record-size';

export type ReadResult =
  | { ok: true; record: WorkRecord; migratedFrom?: number }
  | { ok: false; reason: string; kind?: string; id?: string };

/** A short, safe description of any value for a message (never the whole of a huge string). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a text of ${value.length.toLocaleString('en-GB')} characters` : `the text "${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function issueText(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const where = first.path.length ? first.path.map(String).join('.') : 'the record';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}: ${first.message}${more}`;
}

/** Read one raw stored value as a record of a known kind at its current version. */
export function readRecord(raw: unknown, kinds: KindRegistry = KINDS): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: `not a record: found ${describeValue(raw)}` };
  const head = raw as Record<string, unknown>;
  const named = { kind: typeof head.kind === 'string' ? head.kind.slice(0, 40) : undefined, id: typeof head.id === 'string' ? head.id.slice(0, 200) : undefined };
  const size = recordSizeProblem(raw);
  if (size) return { ok: false, reason: size, ...named };
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: `bad record shape, ${issueText(envelope.error.issues)}`, ...named };
  const env = envelope.data;
  const kind = kinds.get(env.kind);
  if (!kind) return { ok: false, reason: `unknown kind "${env.kind}"`, ...named };
  if (env.version > kind.version) {
    return { ok: false, reason: `version ${env.version} is newer than this app reads (${kind.version}): it was saved by a newer Allegiance`, ...named };
  }
  let data: unknown = env.data;
  for (let v = env.version; v < kind.version; v++) {
    const step = kind.migrations[v];
    if (!step) return { ok: false, reason: `no migration from version ${v} to ${v + 1}`, ...named };
    try {
      data = step(data);
    } catch (err) {
      return { ok: false, reason: `migration from version ${v} to ${v + 1} failed: ${err instanceof Error ? err.message : String(err)}`, ...named };
    }
  }
  const checked = kind.schema.safeParse(data);
  if (!checked.success) {
    const at = env.version === kind.version ? '' : ` after migrating from version ${env.version}`;
    return { ok: false, reason: `bad ${env.kind} data${at}, ${issueText(checked.error.issues)}`, ...named };
  }
  const record: WorkRecord = { kind: env.kind, id: env.id, version: kind.version, title: env.title, updatedAt: env.updatedAt, data: checked.data };
  return env.version === kind.version ? { ok: true, record } : { ok: true, record, migratedFrom: env.version };
}
