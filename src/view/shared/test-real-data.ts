/** The real graph and notes for element tests in the browser (the same data module the app loads). */
import data from 'virtual:allegiance-data';
import { loadGraph } from '../../app/shell/load-graph';
import { indexNotes, type NotesIndex } from '../../app/shared/notes-index';
import type { AllegianceGraph } from '../../model/types';

let cached: { graph: AllegianceGraph; notes: NotesIndex } | null = null;

/** The real graph and its notes index; throws when the data does not validate. */
export function realGraph(): { graph: AllegianceGraph; notes: NotesIndex } {
  if (cached) return cached;
  const loaded = loadGraph(data);
  if (!loaded.graph) throw new Error(`test-real-data: the data has problems: ${loaded.problems.map((p) => p.message).join('; ')}`);
  cached = { graph: loaded.graph, notes: indexNotes(data.notes, loaded.graph.getAttribute('slideTitles') ?? []) };
  return cached;
}

/** Text content with white space collapsed. */
export const text = (n: Element | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
