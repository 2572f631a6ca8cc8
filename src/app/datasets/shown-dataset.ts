/** The dataset the app shows: the built-in notes (prebuilt at build time) or one opened at run time. */
import type { Positions } from '../../layout/compute-positions';
import type { NotesData } from '../../model/notes-data';
import type { FullNotes } from '../../model/note-lines';
import type { Problem } from '../../model/types';
import { type LoadedData, loadGraph } from '../shell/load-graph';

export interface ShownDataset {
  /** The `?ds=` id; null for the built-in notes. */
  id: string | null;
  /** What the header says, e.g. "Bolshevik and Stalinist Russia 1918–56 (built in)". */
  label: string;
  loaded: LoadedData;
  notes: NotesData | null;
  positions: Positions;
  /** A run-time dataset's whole notes (the built-in notes load theirs lazily from their own chunk). */
  fullNotes?: FullNotes;
}

/** What the virtual module or the pipeline worker gives: the serialised graph or the problems, and the notes. */
export interface DataModule {
  ok: boolean;
  graph: unknown;
  problems: Problem[];
  notes?: NotesData | null;
  positions?: Positions;
  fullNotes?: FullNotes;
}

/** The built-in notes, from the virtual module (no validation at run time). */
export function builtInDataset(module: DataModule): ShownDataset {
  const loaded = loadGraph(module);
  const title = loaded.graph?.getAttribute('notesTitle') || module.notes?.title || 'the built-in notes';
  return { id: null, label: `${title} (built in)`, loaded, notes: module.notes ?? null, positions: module.positions ?? {} };
}

/**
 * A dataset opened at run time, from the pipeline worker's output. Problems found while placing the picked
 * files (a missing notes file…) come first and, like the validator's, mean no graph is shown.
 */
export function runtimeDataset(id: string, name: string, module: DataModule, placing: Problem[] = []): ShownDataset {
  const loaded: LoadedData = placing.length ? { graph: null, problems: [...placing, ...module.problems] } : loadGraph(module);
  return { id, label: name, loaded, notes: module.notes ?? null, positions: module.positions ?? {}, fullNotes: module.fullNotes };
}
