/** The whole notes and the Notes view's code, loaded once when first needed (their own chunks, not the first load). */
import type { FullNotes } from '../../model/note-lines';

let notes: Promise<FullNotes> | null = null;

/** The whole notes (every line of every slide); a failed load is tried again on the next call. */
export function loadFullNotes(): Promise<FullNotes> {
  notes ??= import('virtual:allegiance-notes').then(
    (m) => m.default,
    (err: unknown) => {
      notes = null;
      throw err;
    },
  );
  return notes;
}

let element: Promise<unknown> | null = null;

/** The <notes-view> element's code. */
export function loadNotesView(): Promise<unknown> {
  element ??= import('./notes-view').catch((err: unknown) => {
    element = null;
    throw err;
  });
  return element;
}
