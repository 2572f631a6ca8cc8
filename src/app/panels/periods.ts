/**
 * Long lists grouped by period: the phases the notes follow (Lenin's consolidation of power to 1921, NEP and the
 * power struggle to 1928, Stalin's revolution from above and the purges to 1940, war and late Stalinism to 1956),
 * with "Before 1917", "After 1956" and "Undated" around them. Pure: no DOM.
 */

export interface Period {
  id: string;
  /** Heading text: "1922–28". */
  label: string;
  /** Inclusive years; -Infinity / Infinity for an open side. */
  from: number;
  to: number;
}

export const NOTES_PERIODS: readonly Period[] = Object.freeze([
  { id: 'before-1917', label: 'Before 1917', from: -Infinity, to: 1916 },
  { id: '1917-21', label: '1917–21', from: 1917, to: 1921 },
  { id: '1922-28', label: '1922–28', from: 1922, to: 1928 },
  { id: '1929-40', label: '1929–40', from: 1929, to: 1940 },
  { id: '1941-56', label: '1941–56', from: 1941, to: 1956 },
  { id: 'after-1956', label: 'After 1956', from: 1957, to: Infinity },
]);

/** The group for items with no year. */
export const UNDATED: Period = Object.freeze({ id: 'undated', label: 'Undated', from: NaN, to: NaN });

export interface PeriodGroup<T> {
  period: Period;
  items: T[];
  /** Whether the group starts open: it holds the current year (or, with no year, it is the latest dated group). */
  open: boolean;
}

/**
 * Group items by the period their first year falls in (a relation of 1923–1925 goes under 1922–28), periods in
 * order, undated last, empty periods left out; items keep their order within a group. `year` (null = all years)
 * decides which group is open: the one holding it, else, with no year, the latest dated one. When the year falls in
 * no group, the nearest earlier dated group is open (what was last in force), else the first.
 */
export function groupByPeriod<T>(items: readonly T[], firstYear: (item: T) => number | null, year: number | null, periods: readonly Period[] = NOTES_PERIODS): PeriodGroup<T>[] {
  const groups = new Map<Period, T[]>();
  for (const item of items) {
    const y = firstYear(item);
    const period = y === null || !Number.isFinite(y) ? UNDATED : (periods.find((p) => p.from <= y && y <= p.to) ?? UNDATED);
    const list = groups.get(period) ?? groups.set(period, []).get(period)!;
    list.push(item);
  }
  const ordered = [...periods, UNDATED].filter((p) => groups.has(p));
  const dated = ordered.filter((p) => p !== UNDATED);
  let open: Period | undefined;
  if (year === null) open = dated.at(-1);
  else open = dated.find((p) => p.from <= year && year <= p.to) ?? dated.filter((p) => p.to < year).at(-1) ?? dated[0];
  open ??= ordered[0];
  return ordered.map((period) => ({ period, items: groups.get(period)!, open: period === open }));
}
