/**
 * The notes as the planner reads them: the whole notes for the built-in dataset (the Notes view's chunk, loaded once
 * the planner opens), so any bullet can become a card and every card is checked against every line of its slide;
 * for a dataset opened at run time, the slice the browser has.
 */
import { browserQuoteMatcher, fullNotesQuoteMatcher, type QuoteMatcher } from '../../app/shared/evidence';
import { indexNotes, sliceOfFullNotes, type NotesIndex, type NotesSlice } from '../../app/shared/notes-index';
import type { FullNotes } from '../../model/note-lines';
import type { AllegianceGraph } from '../../model/types';
import { loadFullNotes } from '../notes/load-notes';

export class PlannerNotes {
  private full: FullNotes | null = null;
  private loading: Promise<void> | null = null;
  private index: NotesIndex | null = null;
  private matcher: QuoteMatcher | null = null;

  constructor(private readonly changed: () => void) {}

  /** Load the whole notes (built-in dataset only); resolves when they are in, or failed (the slice is used then). */
  load(): Promise<void> {
    return (this.loading ??= loadFullNotes().then(
      (n) => {
        this.full = n;
        this.index = null;
        this.matcher = null;
        this.changed();
      },
      () => undefined,
    ));
  }

  /** Forget what was built from another graph or notes. */
  reset(): void {
    this.index = null;
    this.matcher = null;
  }

  /** The notes index cards are made from. */
  notesIndex(builtIn: boolean, slice: NotesIndex): NotesIndex {
    if (!builtIn || !this.full) return slice;
    return (this.index ??= indexNotes(sliceOfFullNotes(this.full)));
  }

  /** The one quote check's matcher, or null while the built-in notes load (no card is flagged before then). */
  quoteMatcher(builtIn: boolean, slice: NotesSlice | null, graph: AllegianceGraph): QuoteMatcher | null {
    if (builtIn && !this.full) return this.loading ? null : browserQuoteMatcher(slice, graph);
    return (this.matcher ??= builtIn && this.full ? fullNotesQuoteMatcher(this.full) : browserQuoteMatcher(slice, graph));
  }
}
