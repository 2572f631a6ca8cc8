import { describe, expect, it } from 'vitest';
import { notesForReading } from './note-lines';
import { parseNotes } from './notes';
import { realNotesText } from '../node/test-support';

describe('notesForReading', () => {
  it('keeps every line of a slide in order, with the parser’s bullet ids', () => {
    const notes = parseNotes('My notes\nA heading\n  • first point\n  • second\u00a0point  \n1 of 2\n  • carried on\nLater heading\n  • third\n2 of 2\n');
    const reading = notesForReading(notes);
    expect(reading.slides[0]!.lines).toEqual([
      { kind: 'title', text: 'My notes' },
      { kind: 'heading', text: 'A heading' },
      { kind: 'bullet', text: 'first point', bullet: 's1-b1' },
      { kind: 'bullet', text: 'second\u00a0point', bullet: 's1-b2' },
    ]);
    expect(reading.slides[1]!.continued).toBe(true);
    expect(reading.slides[1]!.lines.map((l) => l.kind)).toEqual(['bullet', 'heading', 'bullet']);
    expect(reading.slides[1]!.lines[2]!.bullet).toBe('s2-b2');
  });

  it('holds all 68 slides of the real notes with every bullet the parser found', () => {
    const notes = parseNotes(realNotesText());
    const reading = notesForReading(notes);
    expect(reading.slides).toHaveLength(68);
    for (const [i, slide] of reading.slides.entries()) {
      const bullets = slide.lines.filter((l) => l.kind === 'bullet');
      expect(bullets.map((b) => [b.bullet, b.text])).toEqual(notes.slides[i]!.bullets.map((b) => [b.id, b.text]));
    }
    expect(reading.slides[32]!.lines.some((l) => l.text.includes('power base') || l.text.includes('Despite attacks'))).toBe(true);
  });
});
