/** A slide's lines in the order the student wrote them (title, sub-headings, bullets), for reading the notes whole. */
import type { Notes } from './types';

export type NoteLineKind = 'title' | 'heading' | 'bullet';

export interface NoteLine {
  kind: NoteLineKind;
  /** Verbatim text (a bullet without its mark; leading indentation dropped). */
  text: string;
  /** The bullet's id ("s33-b1"), for bullets. */
  bullet?: string;
}

export interface NotesSlide {
  number: number;
  title: string;
  /** The slide opens with a bullet and continues the previous slide's title. */
  continued: boolean;
  lines: NoteLine[];
}

/** The whole notes for reading: every slide, every line. */
export interface FullNotes {
  title: string;
  slides: NotesSlide[];
}

const BULLET = /^\s*•\s?(.*)$/;

/** Every slide's lines in order. Bullet ids match the parser's (`s<slide>-b<position>`, counted the same way). */
export function notesForReading(notes: Notes): FullNotes {
  return {
    title: notes.title,
    slides: notes.slides.map((slide) => {
      const lines: NoteLine[] = [];
      let position = 0;
      let titled = false;
      for (const raw of slide.text.split('\n')) {
        const bullet = BULLET.exec(raw);
        if (bullet) {
          position += 1;
          const id = slide.bullets[position - 1]?.id ?? `s${slide.number}-b${position}`;
          lines.push({ kind: 'bullet', text: bullet[1].replace(/[\s\u00a0]+$/u, ''), bullet: id });
        } else if (!titled && !slide.continued && position === 0) {
          titled = true;
          lines.push({ kind: 'title', text: raw.trim() });
        } else {
          lines.push({ kind: 'heading', text: raw.trim() });
        }
      }
      return { number: slide.number, title: slide.title, continued: slide.continued, lines };
    }),
  };
}
