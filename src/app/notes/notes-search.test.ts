import { describe, expect, it } from 'vitest';
import { notesForReading } from '../../model/note-lines';
import { parseNotes } from '../../model/notes';
import { realNotesText } from '../../node/test-support';
import { searchNotes } from './notes-search';

const notes = notesForReading(parseNotes(realNotesText()));

describe('searchNotes (the real notes)', () => {
  it('"power base" finds slides 33 and 40, with the words in the excerpt', () => {
    const hits = searchNotes(notes, 'power base');
    expect(hits.map((h) => h.slide)).toEqual([33, 40]);
    for (const h of hits.filter((x) => x.slide === 33 || x.slide === 40)) expect(h.excerpt.toLowerCase()).toContain('power base');
  });
  it('ignores case and finds nothing for too little or for words not in the notes', () => {
    expect(searchNotes(notes, 'POWER BASE').map((h) => h.slide)).toEqual(searchNotes(notes, 'power base').map((h) => h.slide));
    expect(searchNotes(notes, 'of')).toEqual([]);
    // Words not side by side: the slides holding both.
    expect(searchNotes(notes, 'base power').length).toBeGreaterThan(0);
    expect(searchNotes(notes, 'xylophone quartet')).toEqual([]);
  });
});
