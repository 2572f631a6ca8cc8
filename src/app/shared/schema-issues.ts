/**
 * zod's issues as one short message a user can act on: each issue's field path ("lesson.steps.2.caption") and
 * what is wrong there, at most `max` of them, then how many more. The same words for plan, lesson and backup files.
 */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** The field path as written in the file: "lesson.steps.2.caption", or "the top" for the file itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : 'the top';
}

export function summariseIssues(issues: readonly SchemaIssue[], max = 3): string {
  if (issues.length === 0) return 'it is damaged';
  const listed = issues.slice(0, max).map((i) => `${fieldPath(i.path)}: ${i.message.slice(0, 160)}`);
  const rest = issues.length - listed.length;
  return `it is damaged at ${listed.join('; ')}${rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'})` : ''}`;
}

/** The message for a file whose version this app does not read: newer (made by a newer Allegiance) or unknown. */
export function versionProblem(what: string, version: unknown, current: number): string | null {
  if (version === current) return null;
  if (typeof version === 'number' && Number.isInteger(version) && version > current) return `it was made by a newer version of Allegiance (${what} file version ${version}; this app reads version ${current} and older): update the app, or export it again from the newer one`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return `its "version" is ${JSON.stringify(version)?.slice(0, 40) ?? 'missing'}, not a ${what} file version (1 to ${current})`;
  return null;
}
