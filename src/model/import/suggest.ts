/** The engine in one call: imported notes → the notes the dataset will hold → suggested entities, relations and hints. */
import { parseNotes } from '../notes';
import type { Notes, RelationTypeDef } from '../types';
import { type Decisions, keptApart } from './decisions';
import { type KnownName, suggestEntities } from './suggest-entities';
import { suggestRelations } from './suggest-relations';
import { toNotesText } from './to-notes-text';
import type { ImportSuggestions, ImportedNotes } from './types';

export interface SuggestOptions {
  relationTypes: readonly RelationTypeDef[];
  /** Names of a dataset already known (the built-in graph's labels and aliases). */
  known?: KnownName[];
  /** Earlier decisions: undone merges are kept apart. */
  decisions?: Decisions;
}

/** The notes as the dataset will hold them (slides numbered 1…n), so every suggestion's slide and bullet are the dataset's. */
export function notesOf(imported: ImportedNotes): Notes {
  return parseNotes(toNotesText(imported));
}

export function suggestImport(imported: ImportedNotes, options: SuggestOptions): ImportSuggestions & { notes: Notes } {
  const notes = notesOf(imported);
  const entities = suggestEntities(notes, { ...(options.known ? { known: options.known } : {}), keepApart: keptApart(options.decisions) });
  const { relations, hints } = suggestRelations(notes, entities, options.relationTypes);
  return { notes, entities, relations, hints };
}
