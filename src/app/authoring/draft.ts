/** What the authoring form starts with, from a selection in the Notes view: ends, year, certainty, quote, slide. */
import type { Certainty, DateSource } from '../../model/types';
import { hedgeCue } from './hedge';
import { prefillYear, quoteOnSlide, type SlideLines, yearInText } from './selection-check';
import { type EntityName, mentionsInSelection } from './selection-mentions';

/** A selection in the Notes view: its text and the slide it lies in (null when it spans slides or lies outside them). */
export interface NotesSelection {
  text: string;
  slide: number | null;
}

export type AuthoringMode = 'relation' | 'entity' | 'alias';

export interface AuthoringDraft {
  mode: AuthoringMode;
  slide: number;
  /** The selection verbatim (white space collapsed): the relation's quote, the entity's name, the alias. */
  quote: string;
  /** Entities named in the selection, in order. */
  mentions: string[];
  source: string | null;
  target: string | null;
  year: number | null;
  /** Where the prefilled year came from. */
  yearFrom: 'selection' | 'slide' | null;
  certainty: Certainty;
  /** The hedge that made the certainty "suspected", if any. */
  hedge: string | null;
  /** The slide's text (every line), to tell whether a year typed later is in the notes. */
  slideText: string;
}

/** The draft for a selection, or why the selection cannot be used (not a verbatim part of one slide). */
export function draftFor(mode: AuthoringMode, selection: NotesSelection, slides: readonly SlideLines[], names: readonly EntityName[]): { ok: true; draft: AuthoringDraft } | { ok: false; reason: string } {
  const slide = selection.slide === null ? undefined : slides.find((s) => s.number === selection.slide);
  const check = quoteOnSlide(slide, selection.text);
  if (!check.ok) return check;
  const slideText = slide!.lines.map((l) => l.text).join('\n');
  const mentions = mentionsInSelection(check.quote, names);
  const { year, from } = prefillYear(check.quote, slideText);
  const hedge = hedgeCue(check.quote);
  return {
    ok: true,
    draft: { mode, slide: slide!.number, quote: check.quote, mentions, source: mentions[0] ?? null, target: mentions[1] ?? null, year, yearFrom: from, certainty: hedge ? 'suspected' : 'stated', hedge, slideText },
  };
}

/** `notes` when every given year is written on the slide, else `outside-notes`. */
export function dateSourceFor(years: readonly (number | null)[], slideText: string): DateSource {
  return years.every((y) => y === null || yearInText(y, slideText)) ? 'notes' : 'outside-notes';
}
