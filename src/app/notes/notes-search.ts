/** Search the words of the notes: "power base" finds the slides that say it, with a short excerpt around the words. */
import type { FullNotes } from '../../model/note-lines';
import { searchWords } from './highlight';

export interface NotesHit {
  slide: number;
  title: string;
  /** A short piece of the line that matched, verbatim (white space collapsed). */
  excerpt: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s\u00a0\u2007\u202f]+/g, ' ');

function excerptAround(line: string, at: number, length: number): string {
  const text = line.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * The slides that hold the whole phrase (case and accents ignored), in slide order; when none does, the slides
 * that hold every word of it somewhere. Fewer than three letters finds nothing.
 */
export function searchNotes(notes: FullNotes, query: string, limit = 6): NotesHit[] {
  const phrase = fold(String(query ?? '').trim());
  const words = searchWords(phrase);
  if (phrase.replace(/\s/g, '').length < 3 || words.length === 0) return [];
  const whole: NotesHit[] = [];
  const scattered: NotesHit[] = [];
  for (const slide of notes.slides) {
    const lines = slide.lines.map((l) => fold(l.text).trim());
    const hitLine = lines.findIndex((l) => l.includes(phrase));
    if (hitLine >= 0) {
      whole.push({ slide: slide.number, title: slide.title, excerpt: excerptAround(slide.lines[hitLine]!.text, lines[hitLine]!.indexOf(phrase), phrase.length) });
      continue;
    }
    const all = lines.join(' ');
    if (words.every((w) => all.includes(w))) {
      const li = lines.findIndex((l) => l.includes(words[0]!));
      scattered.push({ slide: slide.number, title: slide.title, excerpt: excerptAround(slide.lines[li]!.text, lines[li]!.indexOf(words[0]!), words[0]!.length) });
    }
  }
  return (whole.length ? whole : scattered).slice(0, limit);
}
