/** Partial ISO dates ("1924", "1924-01", "1924-01-21"): checking and comparing. */

const PARTIAL_DATE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

/** The years a date in the data may have: the relations cover 1869–1986 and the oldest entity (tsardom) starts in 1547, so this leaves a margin and catches typos such as 0000 or 1092. */
export const FIRST_YEAR = 1500;
export const LAST_YEAR = 2030;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a partial date is malformed or out of range, or undefined when it is well formed. Digits only: "0x784" is not a year. */
export function dateError(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return 'is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)';
  const [, yearText, month, day] = m;
  const year = Number(yearText);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `has year ${yearText}, outside the years the data may use (${FIRST_YEAR}–${LAST_YEAR})`;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `has month ${month}, which is not 01–12`;
  if (day !== undefined) {
    const last = Number(month) === 2 && isLeap(year) ? 29 : DAYS[Number(month) - 1]!;
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
