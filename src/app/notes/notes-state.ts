/**
 * The Notes view's part of the view state and of the URL: `?view=notes&s=33&hl=power%20base`. `hl` is the
 * quote or the searched words to highlight on that slide. Decoding never throws: a bad value is dropped and named.
 */
export interface NotesState {
  /** Show the notes (all slides) in place of the graph. */
  notes: boolean;
  /** The slide to bring into view; null = the top. */
  slide: number | null;
  /** Words to mark on that slide (a quote, or what was searched). */
  mark: string | null;
}

export const DEFAULT_NOTES_STATE: NotesState = Object.freeze({ notes: false, slide: null, mark: null });

export const NOTES_PARAMS = { view: 'view', slide: 's', mark: 'hl' } as const;

/** The longest highlight kept from a URL (a quote is a sentence or two). */
const MAX_MARK = 400;

export function sameNotesState(a: NotesState, b: NotesState): boolean {
  return a.notes === b.notes && a.slide === b.slide && a.mark === b.mark;
}

/** The parameters for a state, defaults left out. The slide and mark are written only while the notes are shown. */
export function notesParams(state: NotesState): [string, string][] {
  if (!state.notes) return [];
  const pairs: [string, string][] = [[NOTES_PARAMS.view, 'notes']];
  if (state.slide !== null) pairs.push([NOTES_PARAMS.slide, String(state.slide)]);
  if (state.mark) pairs.push([NOTES_PARAMS.mark, state.mark]);
  return pairs;
}

/** Read the notes' parameters, checking the slide against the number of slides. */
export function decodeNotesParams(params: URLSearchParams, slideCount: number): { state: NotesState; notices: string[] } {
  const state: NotesState = { ...DEFAULT_NOTES_STATE };
  const notices: string[] = [];
  const view = params.get(NOTES_PARAMS.view);
  if (view !== null && view !== '' && view !== 'graph') {
    if (view === 'notes') state.notes = true;
    else notices.push(`view “${view.slice(0, 40)}” (use notes)`);
  }
  const slide = params.get(NOTES_PARAMS.slide);
  if (slide !== null && slide !== '') {
    const n = Number(slide.trim());
    if (/^\d{1,4}$/.test(slide.trim()) && n >= 1 && n <= slideCount) state.slide = n;
    else notices.push(`slide “${slide.slice(0, 40)}” (the notes have slides 1 to ${slideCount})`);
  }
  const mark = params.get(NOTES_PARAMS.mark);
  if (mark !== null && mark.trim() !== '') state.mark = mark.trim().slice(0, MAX_MARK);
  return { state, notices };
}
