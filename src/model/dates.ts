/** Partial ISO dates ("1924", "1924-01", "1924-01-21"): checking and comparing. */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a partial date is malformed, or undefined when it is well formed. */
export function dateError(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return 'is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)';
  const [, , month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `has month ${month}, which is not 01–12`;
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(m[1]), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return `has day ${day}, which is not in that month (01–${last})`;
  }
  return undefined;
}

/**
 * Compare two partial dates at their common precision: "1924" and "1924-05" compare equal,
 * so a range "1924-05" to "1924" is not reversed.
 */
export function comparePartial(a: string, b: string): number {
  const pa = a.split('-');
  const pb = b.split('-');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}

/** The year of a partial date, or undefined. */
export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const y = Number(date.slice(0, 4));
  return Number.isFinite(y) ? y : undefined;
}
