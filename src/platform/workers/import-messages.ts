/** The messages between the page and the import worker (import.worker.ts). */
import type { Decisions } from '../../model/import/decisions';
import type { KnownName } from '../../model/import/suggest-entities';
import type { ImportSuggestions, ImportedNotes } from '../../model/import/types';
import type { Notes } from '../../model/types';

/** Page → worker: a file's bytes by name, or pasted text with a title; earlier decisions (undone merges are kept apart); names already known (a dataset's labels and aliases), when the user asks for them. */
export type ImportRequest = ({ kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; title: string; text: string }) & { decisions?: Decisions; known?: KnownName[] };

export interface ImportOutput {
  imported: ImportedNotes;
  suggestions: ImportSuggestions;
  /** The notes as the dataset will hold them (slides 1…n): the suggestions' bullets, for mentions in context. */
  notes: Notes;
  /** The built-in relation types (YAML), which the dataset made from the import holds. */
  relationTypesYaml: string;
  timings: { readMs: number; suggestMs: number };
}

/** Worker → page: one result or one failure (a message naming the file and what to do). */
export type ImportMessage = { type: 'result'; output: ImportOutput } | { type: 'failure'; message: string };
