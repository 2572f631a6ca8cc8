/** The slice of the parsed notes the browser needs (slide titles, bullets naming an entity): built at build time by the Vite plugin and at run time by the pipeline worker. */
import { parseNotes } from './notes';

/** The slice of the parsed notes the browser needs: slides with their titles and bullets. */
export interface NotesData {
  title: string;
  slides: { number: number; title: string; bullets: { id: string; text: string }[] }[];
}

/** Anything with graphology's forEachNode over nodes that may carry mentions (the built graph). */
interface MentionGraph {
  forEachNode(cb: (id: string, a: { mentions?: { bullet: string }[] }) => void): void;
}

/**
 * Keep only what the app shows, so the first load stays small: every slide's title, and the bullets that
 * name an entity (the app's excerpts; evidence quotes travel with the edges). Without a graph, every bullet.
 */
export function notesData(text: string, graph?: MentionGraph | null): NotesData {
  const notes = parseNotes(text);
  let used: Set<string> | null = null;
  if (graph) {
    const ids = new Set<string>();
    graph.forEachNode((_id, a) => a.mentions?.forEach((m) => ids.add(m.bullet)));
    used = ids;
  }
  return {
    title: notes.title,
    slides: notes.slides.map((s) => ({ number: s.number, title: s.title, bullets: s.bullets.filter((b) => !used || used.has(b.id)).map((b) => ({ id: b.id, text: b.text })) })),
  };
}
