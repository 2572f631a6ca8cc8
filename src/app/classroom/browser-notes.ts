/**
 * The notes as far as the browser has them (slide titles, the bullets sent, every validated relation quote), shaped
 * as the model's Notes, so the storyline validator can check a lesson's excerpts in the page.
 */
import type { AllegianceGraph, Notes } from '../../model/types';
import type { NotesSlice } from '../shared/notes-index';

export function browserNotes(slice: NotesSlice | null | undefined, graph: AllegianceGraph): Notes {
  const pieces = new Map<number, string[]>();
  const titles = new Map<number, string>();
  const add = (slide: number, text: string) => (pieces.get(slide) ?? pieces.set(slide, []).get(slide)!).push(text);
  for (const s of slice?.slides ?? []) {
    titles.set(s.number, s.title);
    add(s.number, s.title);
    for (const b of s.bullets) add(s.number, b.text);
  }
  graph.forEachEdge((_e, a) => a.evidence.forEach((ev) => add(ev.slide, ev.quote)));
  const count = graph.getAttribute('slideCount') || Math.max(0, ...pieces.keys());
  const slides = Array.from({ length: count }, (_, i) => i + 1).map((number) => ({ number, title: titles.get(number) ?? '', continued: false, headings: [], bullets: [], text: (pieces.get(number) ?? []).join('\n') }));
  return { title: slice?.title ?? graph.getAttribute('notesTitle'), slideCount: count, slides };
}
