/** The messages between the page and the pipeline worker (pipeline.worker.ts). */
import type { NotesData } from '../../model/notes-data';
import type { FullNotes } from '../../model/note-lines';
import type { Problem } from '../../model/types';
import type { RawData } from '../../model/validate';

/** Page → worker: the raw files to validate and build. */
export interface PipelineRequest {
  raw: RawData;
}

export type PipelineStage = 'validating' | 'building' | 'packing';

/** The result, shaped as the virtual module `virtual:allegiance-data` is (without positions). */
export interface PipelineOutput {
  ok: boolean;
  /** graphology's serialised graph (graph.export()), or null when the data has problems. */
  graph: unknown;
  problems: Problem[];
  notes: NotesData;
  /** The whole notes for the Notes view and the notes search (every line of every slide). */
  fullNotes?: FullNotes;
  /** Milliseconds spent in each stage, for the bench and the status line. */
  timings: { validateMs: number; buildMs: number; packMs: number };
  entities: number;
  relations: number;
}

/** Worker → page: progress (a stage has started), then one result or one failure. */
export type PipelineMessage =
  | { type: 'progress'; stage: PipelineStage }
  | { type: 'result'; output: PipelineOutput }
  | { type: 'failure'; message: string };
