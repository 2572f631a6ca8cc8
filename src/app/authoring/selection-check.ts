/** Checks on a selection before it becomes evidence: it must be a verbatim quote of its slide; the year it gives. */
import { containsQuote, normaliseSpace } from '../../model/notes';

/** A slide as the Notes view has it: its number and its lines (title, sub-headings, bullets) verbatim. */
export interface SlideLines {
  number: number;
  lines: readonly { text: string }[];
}

export type QuoteCheck = { ok: true; quote: string } | { ok: false; reason: string };

/**
 * The selection as a quote of `slide`, or why it cannot be one (empty, not on that slide, across two lines).
 * A quote lies within one line (title, sub-heading or bullet), so the validator finds it on the slide verbatim.
 */
export function quoteOnSlide(slide: SlideLines | undefined, selection: string): QuoteCheck {
  const quote = normaliseSpace(selection);
  if (!quote) return { ok: false, reason: 'the selection is empty: select words in one bullet of the notes' };
  if (!slide) return { ok: false, reason: 'the selection is not inside one slide of the notes' };
  if (!slide.lines.some((l) => containsQuote(l.text, quote))) return { ok: false, reason: `the selection is not a verbatim part of one line of slide ${slide.number} (select within one bullet, title or sub-heading)` };
  return { ok: true, quote };
}

const YEAR = /(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)/;

/** The first year (1000–2099) written in `text`, or null. */
export function firstYear(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** The year to prefill: one in the selection, else the first on the slide; `inSelection` says which. */
export function prefillYear(selection: string, slideText: string): { year: number | null; from: 'selection' | 'slide' | null } {
  const own = firstYear(selection);
  if (own !== null) return { year: own, from: 'selection' };
  const slide = firstYear(slideText);
  return slide !== null ? { year: slide, from: 'slide' } : { year: null, from: null };
}

/** Whether a year is written on the slide (else a relation dated with it is marked `dateSource: outside-notes`). */
export function yearInText(year: number, text: string): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text);
}
