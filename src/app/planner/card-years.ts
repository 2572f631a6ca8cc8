/** A card's years as numbers, from its relation's start and end dates. */
import { yearOf } from '../../model/dates';
import type { EvidenceCard } from '../shared/evidence';

/** [from, to] of a card, or null when it is undated (every bullet card). A start without an end is that one year. */
export function cardYears(c: EvidenceCard): [number, number] | null {
  if (c.kind !== 'relation') return null;
  const from = yearOf(c.start);
  const to = yearOf(c.end);
  if (from === undefined && to === undefined) return null;
  return [from ?? to!, to ?? from!];
}

/** Whether a dated card lies wholly outside [from, to] (open bounds are open). */
export function outsideYears(c: EvidenceCard, from: number | null, to: number | null): boolean {
  const y = cardYears(c);
  if (!y) return false;
  return (to !== null && y[0] > to) || (from !== null && y[1] < from);
}
