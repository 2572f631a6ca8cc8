/** The whole notes and the Notes view's code, loaded once when first needed (their own chunks, not the first load). */
import type { FullNotes } from '../../model/note-lines';
import { loadOnce } from '../shared/load-once';

/** The whole notes (every line of every slide); a failed load is tried again on the next call. */
export const loadFullNotes: () => Promise<FullNotes> = loadOnce(() => import('virtual:allegiance-notes').then((m) => m.default));

/** The <notes-view> element's code. */
export const loadNotesView: () => Promise<unknown> = loadOnce(() => import('./notes-view'));
