import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type Vocabulary } from '../shell/url-state';
import { applyChange, DEFAULT_STATE } from '../shell/view-state';
import { decodeNotesParams, notesParams } from './notes-state';

const vocab: Vocabulary = { hasEntity: (id) => id === 'stalin', hasEdge: () => false, types: [], period: { from: 1917, to: 1956 }, slideCount: 68 };

describe('the Notes view in the URL', () => {
  it('round-trips view=notes with a slide and words to mark', () => {
    const state = { ...DEFAULT_STATE, notes: true, slide: 33, mark: 'power base', selected: 'stalin' };
    const search = encodeState(state);
    expect(search).toBe('?e=stalin&view=notes&s=33&hl=power%20base');
    expect(decodeState(search, vocab)).toEqual({ state, notices: [] });
  });
  it('names a slide outside the notes or an unknown view, and keeps the rest', () => {
    const { state, notices } = decodeState('?view=notes&s=99', vocab);
    expect(state.notes).toBe(true);
    expect(state.slide).toBeNull();
    expect(notices).toEqual(['slide “99” (the notes have slides 1 to 68)']);
    expect(decodeNotesParams(new URLSearchParams('view=map'), 68).notices).toEqual(['view “map” (use notes)']);
  });
  it('writes nothing while the notes are not shown', () => {
    expect(notesParams({ notes: false, slide: 3, mark: 'x' })).toEqual([]);
  });
});

describe('Graph, List and Notes are one choice', () => {
  it('showing the list leaves the notes and forgets the slide; opening the notes leaves the list', () => {
    const inNotes = applyChange(DEFAULT_STATE, { notes: true, slide: 40, mark: 'power base' });
    expect(inNotes).toMatchObject({ notes: true, list: false, slide: 40 });
    expect(applyChange(inNotes, { list: true })).toMatchObject({ notes: false, list: true, slide: null, mark: null });
    expect(applyChange({ ...DEFAULT_STATE, list: true }, { notes: true })).toMatchObject({ notes: true, list: false });
  });
});
