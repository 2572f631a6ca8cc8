/**
 * The List view's text filter: every word of the filter must be found in a row, in its labels, relation type
 * (label or id), dates, certainty or quotes, case and accents ignored. A four-digit word is also a year: it matches a
 * relation whose dates run through that year ("1924" finds an alliance of 1923–1925).
 */
import type { RelationRow } from './relation-rows';

/** Lower case, accents removed, white space single: the form both sides are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** The words of a filter, folded; [] for an empty filter. */
export function filterWords(filter: string): string[] {
  return foldText(filter).split(' ').map((w) => w.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')).filter(Boolean);
}

const haystacks = new WeakMap<RelationRow, string>();

function haystack(row: RelationRow): string {
  let h = haystacks.get(row);
  if (h === undefined) {
    const parts = [row.sourceLabel, row.relation, row.type, row.targetLabel, row.dates, row.certainty, ...row.evidence.map((e) => e.quote)];
    h = foldText(parts.join('\n'));
    haystacks.set(row, h);
  }
  return h;
}

function wordMatches(row: RelationRow, word: string): boolean {
  if (haystack(row).includes(word)) return true;
  if (/^\d{4}$/.test(word) && row.years) {
    const year = Number(word);
    return row.years.from <= year && year <= row.years.to;
  }
  return false;
}

/** The rows the filter keeps, in their order; all of them for an empty filter. */
export function filterRows(rows: readonly RelationRow[], filter: string): RelationRow[] {
  const words = filterWords(filter);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => wordMatches(row, w)));
}
