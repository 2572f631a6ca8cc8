/** Plans in a link (for a teacher to open read-only) and as a JSON file (to import again). */
import { z } from 'zod';
import { decodeText, encodeText } from '../shared/deflate-code';
import { migratePlanV2, planDataSchema, type PlanData } from './plan-schema';
import { MAX_SHARED_FILE_CHARS, parseJsonText } from '../shared/json-text';
import { summariseIssues, versionProblem } from '../shared/schema-issues';

export const PLAN_FILE_FORMAT = 'allegiance-plan';
/** The plan file's version follows the plan record's: 3 (a version 2 file or link is migrated on reading). */
export const PLAN_FILE_VERSION = 3;
const fileSchema = z.object({ format: z.literal(PLAN_FILE_FORMAT), version: z.literal(PLAN_FILE_VERSION), title: z.string().max(500), plan: planDataSchema });

export interface SharedPlan {
  title: string;
  plan: PlanData;
}

export function planJson(title: string, plan: PlanData): string {
  return `${JSON.stringify({ format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, title, plan }, null, 1)}\n`;
}

export type ReadPlan = { ok: true; shared: SharedPlan } | { ok: false; reason: string };

/** Read a plan file's text, naming what is wrong and where. */
export function readPlanJson(text: string): ReadPlan {
  const read = parseJsonText(text, 'it', MAX_SHARED_FILE_CHARS);
  if (!read.ok) return read;
  let json = read.value;
  const file = json as { format?: unknown; version?: unknown; plan?: unknown } | null;
  if (file && typeof file === 'object' && file.format === PLAN_FILE_FORMAT) {
    const version = versionProblem('plan', file.version, PLAN_FILE_VERSION);
    if (version) return { ok: false, reason: version };
    if (file.version === 1) return { ok: false, reason: 'it is a plan file of version 1, from before plans were shared as files; this app reads versions 2 and 3' };
    if (file.version === 2) {
      try {
        json = { ...file, version: PLAN_FILE_VERSION, plan: migratePlanV2(file.plan) };
      } catch (err) {
        return { ok: false, reason: `it is damaged at plan: ${err instanceof Error ? err.message : String(err)}` };
      }
    }
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    if (parsed.error.issues[0]!.path[0] === 'format') return { ok: false, reason: 'it is not an Allegiance plan (its "format" is not "allegiance-plan")' };
    return { ok: false, reason: summariseIssues(parsed.error.issues) };
  }
  return { ok: true, shared: { title: parsed.data.title, plan: parsed.data.plan } };
}

/** The plan compressed (deflate-raw) and base64url-encoded, for the URL hash `#plan=…`. */
export async function encodeShared(title: string, plan: PlanData): Promise<string> {
  return encodeText(JSON.stringify({ format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, title, plan }));
}

/** Read a shared plan from its hash text; a damaged link is named, never thrown. */
export async function decodeShared(text: string): Promise<ReadPlan> {
  try {
    return readPlanJson(await decodeText(text));
  } catch {
    return { ok: false, reason: 'the shared plan in this link is damaged or cut short (was the whole link copied?)' };
  }
}
