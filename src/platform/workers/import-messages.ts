/** The messages between the page and the import worker (import.worker.ts). */
import type { Decisions } from '../../model/import/decisions';
import type { ImportSuggestions, ImportedNotes } from '../../model/import/types';
import type { Notes } from '../../model/types';

/** Page → worker: a file's bytes by name, or pasted text with a title; earlier decisions (undone merges are kept apart). */
export type ImportRequest = ({ kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; title: string; text: string }) & { decisions?: Decisions };

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
