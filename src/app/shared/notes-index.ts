/** The notes as the browser gets them, indexed for excerpts and citations: bullet texts by id, slide titles by number. */
import type { FullNotes } from '../../model/note-lines';

/** The slice of the parsed notes in `virtual:allegiance-data` (see src/vite/graph-data-plugin.ts). */
export interface NotesSlice {
  title: string;
  slides: { number: number; title: string; bullets: { id: string; text: string }[] }[];
}

export interface NotesIndex {
  bullet(id: string): { text: string; slide: number } | undefined;
  slideTitle(slide: number): string;
}

/** The whole notes (the Notes view's chunk) as a slice: every bullet, not only those naming an entity. */
export function sliceOfFullNotes(full: FullNotes): NotesSlice {
  return {
    title: full.title,
    slides: full.slides.map((s) => ({ number: s.number, title: s.title, bullets: s.lines.flatMap((l) => (l.kind === 'bullet' && l.bullet ? [{ id: l.bullet, text: l.text }] : [])) })),
  };
}

/** Index the notes; missing notes give an index that knows nothing (excerpts are then left out). */
export function indexNotes(notes: NotesSlice | null | undefined, fallbackTitles: readonly string[] = []): NotesIndex {
  const bullets = new Map<string, { text: string; slide: number }>();
  const titles = new Map<number, string>();
  for (const slide of notes?.slides ?? []) {
    titles.set(slide.number, slide.title);
    for (const b of slide.bullets) bullets.set(b.id, { text: b.text, slide: slide.number });
  }
  return {
    bullet: (id) => bullets.get(id),
    slideTitle: (n) => titles.get(n) ?? fallbackTitles[n] ?? '',
  };
}

/** A piece of an excerpt: plain text, or a name to highlight. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Split a text at the given [start, end) ranges; ranges out of bounds or overlapping are clipped, never thrown on. */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const sorted = [...ranges].filter((r) => Array.isArray(r) && Number.isFinite(r[0]) && Number.isFinite(r[1])).sort((a, b) => a[0] - b[0]);
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(at, Math.min(text.length, rawStart));
    const end = Math.max(start, Math.min(text.length, rawEnd));
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** "Slide 33 · The power struggle", or "Slide 33" when the title is unknown. */
export function slideCitation(slide: number, title: string): string {
  return title ? `Slide ${slide} · ${title}` : `Slide ${slide}`;
}
