import { describe, expect, it } from 'vitest';
import { containsQuote, normaliseSpace, parseNotes, slidesContaining } from './notes';
import { realNotesText } from '../node/test-support';

const notes = parseNotes(realNotesText());

describe('parseNotes on the real notes', () => {
  it('finds 68 slides numbered 1 to 68', () => {
    expect(notes.slideCount).toBe(68);
    expect(notes.slides.map((s) => s.number)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
  });

  it('pins the titles and bullet counts of slides 1, 33 and 68', () => {
    const s = (n: number) => notes.slides[n - 1];
    expect(s(1).title).toBe('Bolshevik and Stalinist Russia 1918-56');
    expect(s(1).headings).toEqual(['The Bolshevik Consolidation of Power Under Lenin']);
    expect(s(1).bullets).toHaveLength(9);
    expect(s(33).title).toBe("The Power Struggle after Lenin's Death");
    expect(s(33).bullets).toHaveLength(9);
    expect(s(68).title).toBe("Stalin's Purges");
    expect(s(68).headings).toEqual(['The Leningrad Affair', 'The doctors plot']);
    expect(s(68).bullets).toHaveLength(8);
    expect(notes.slides.reduce((n, sl) => n + sl.bullets.length, 0)).toBe(586);
  });

  it('takes the notes title from the first line', () => {
    expect(notes.title).toBe('Bolshevik and Stalinist Russia 1918-56');
  });

  it('gives bullets stable ids by slide and position, and keeps their heading', () => {
    const b = notes.slides[32].bullets[0];
    expect(b).toMatchObject({ id: 's33-b1', slide: 33, position: 1, heading: 'Attitudes towards Trotsky' });
    expect(b.text).toBe('Kamanev and Zinoviev joined Stalin in an unofficial triumvirate within the Politburo');
  });

  it('treats a slide that opens with a bullet as a continuation of the previous title', () => {
    expect(notes.slides[23]).toMatchObject({ number: 24, title: "Lenin's legacy", continued: true });
  });

  it('keeps the text verbatim, typos included', () => {
    const all = notes.slides.flatMap((s) => s.bullets.map((b) => b.text)).join('\n');
    expect(all).toContain('Kamanev');
    expect(all).toContain('Bukhrain');
    expect(all).toContain('cqpitalists');
  });
});

describe('quote matching', () => {
  it('ignores differences of white space, non-breaking spaces included', () => {
    expect(normaliseSpace('a\u00a0 b\n\tc ')).toBe('a b c');
    expect(containsQuote('Stalin\u00a0was  very highly', 'Stalin was very highly')).toBe(true);
  });

  it('does not ignore anything else: case, punctuation and spelling count', () => {
    expect(containsQuote('Kamanev and Zinoviev', 'Kamenev and Zinoviev')).toBe(false);
    expect(containsQuote('Kamanev and Zinoviev', 'kamanev and zinoviev')).toBe(false);
    expect(containsQuote('NEP, was', 'NEP was')).toBe(false);
    expect(containsQuote('anything', '   ')).toBe(false);
  });

  it('finds which slides hold a quote', () => {
    expect(slidesContaining(notes, 'unofficial triumvirate within the Politburo')).toEqual([33]);
  });
});

describe('parseNotes on odd input', () => {
  it('returns no slides for text without "N of M" lines', () => {
    expect(parseNotes('just a line\n• a bullet').slides).toEqual([]);
  });

  it('handles CRLF line endings', () => {
    const n = parseNotes('Title\r\n  • one\r\n1 of 1\r\n');
    expect(n.slides[0]).toMatchObject({ title: 'Title', bullets: [{ text: 'one' }] });
  });
});
