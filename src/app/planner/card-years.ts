/** A card's years as numbers, from its start and end dates. */
import { yearOf } from '../../model/dates';
import type { EvidenceCard } from './plan-schema';

/** [from, to] of a card, or null when it is undated. A start without an end is that one year. */
export function cardYears(c: Pick<EvidenceCard, 'start' | 'end'>): [number, number] | null {
  const from = yearOf(c.start);
  const to = yearOf(c.end);
  if (from === undefined && to === undefined) return null;
  return [from ?? to!, to ?? from!];
}

/** Whether a dated card lies wholly outside [from, to] (open bounds are open). */
export function outsideYears(c: Pick<EvidenceCard, 'start' | 'end'>, from: number | null, to: number | null): boolean {
  const y = cardYears(c);
  if (!y) return false;
  return (to !== null && y[0] > to) || (from !== null && y[1] < from);
}
