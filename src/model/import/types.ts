/** The shapes of the import engine: notes read from any format, and the suggestions made from them. */
import type { Certainty, EntityKind, Mention } from '../types';

export const IMPORT_FORMATS = ['text', 'markdown', 'docx', 'pdf', 'pptx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One bullet, its text verbatim (only line breaks inside it become spaces). */
export interface ImportedBullet {
  text: string;
  /** The sub-heading it sits under, if any, and that heading's index in the slide's `headings`. */
  heading?: string;
  headingIndex?: number;
  /** 0 for a top-level bullet, 1 for a sub-bullet… (the notes text format keeps only the text). */
  level: number;
}

export interface ImportedSlide {
  /** 1-based; from the "N of M" line when the notes have them, else the slide's place. */
  number: number;
  title: string;
  headings: string[];
  bullets: ImportedBullet[];
}

/** Notes read from a file or pasted text, whatever the format: the one shape the rest of the engine reads. */
export interface ImportedNotes {
  /** The notes' title: the first slide's title (as the notes parser reads it). */
  title: string;
  format: ImportFormat;
  slides: ImportedSlide[];
  /** What the reader could not use, in words (an empty page, text after the last "N of M" line…). */
  warnings: string[];
}

/**
 * One line of a document as a reader sees it, before slides are found. `title`/`heading` come from the
 * format's own structure (Markdown #, Word heading styles, a PowerPoint title placeholder); `text` is a line
 * whose role the layout decides; `end` is an "N of M" line; `page` a page or slide break; `blank` an empty line.
 */
export type SourceLine =
  | { kind: 'title' | 'heading' | 'text'; text: string }
  | { kind: 'bullet'; text: string; level: number }
  | { kind: 'end'; number: number }
  | { kind: 'page' }
  | { kind: 'blank' };

/** A suggested entity: the names merged into it, its mentions, a guessed kind with the cue that gave it, years near it. */
export interface EntitySuggestion {
  /** Stable across re-imports: "entity:" + the normalised label. */
  key: string;
  /** Kebab-case id for the dataset. */
  id: string;
  label: string;
  aliases: string[];
  kind: EntityKind;
  /** Why that kind, in words ("ends in \"Party\"", "first name \"Leon\"", "default: a single name"). */
  kindCue: string;
  /** How the name was found: capitalised words, an acronym, a title before it, a known dataset's name, a recurring lower-case term. */
  sources: ('capitalised' | 'acronym' | 'title' | 'known' | 'term')[];
  /** Variants merged into this one, each with why, so a UI can show and undo each merge. */
  merges: { name: string; reason: MergeReason; count: number }[];
  mentions: Mention[];
  /** Number of bullets naming it. */
  count: number;
  /** Years written in the bullets that name it, ascending, each with the slide of its first sight. */
  years: { year: number; slide: number }[];
  /** 0–1: how likely this is a real entity (recurrence, multi-word, acronym, kind cue, known name). */
  confidence: number;
}

/** A suggested relation: two entities in one bullet joined by a cue word. */
export interface RelationSuggestion {
  /** Stable: "relation:" + source key + type + target key + slide. */
  key: string;
  source: string;
  target: string;
  /** Entity suggestion keys of the two ends (stable across re-imports). */
  sourceKey: string;
  targetKey: string;
  type: string;
  /** The cue word(s) as written in the sentence, and where the cue comes from (the type's label, description or a common verb). */
  cue: string;
  cueFrom: 'label' | 'description' | 'extra';
  /** Whether the two ends were swapped because the sentence is passive ("…was expelled by…"). */
  passive: boolean;
  slide: number;
  bullet: string;
  /** The sentence of the bullet naming both, verbatim: the relation's evidence. */
  quote: string;
  year?: number;
  certainty: Certainty;
  /** Whether the guessed kinds of both ends are allowed by the type. */
  kindsFit: boolean;
  confidence: number;
}

/** Two entities named in one bullet with no cue between them: a weak hint, never a typed relation. */
export interface CooccurrenceHint {
  key: string;
  a: string;
  b: string;
  slide: number;
  bullet: string;
  quote: string;
  confidence: number;
}

export interface ImportSuggestions {
  entities: EntitySuggestion[];
  relations: RelationSuggestion[];
  hints: CooccurrenceHint[];
}

/** Why two names were taken as one entity. */
export type MergeReason = 'shorter form' | 'acronym' | 'one letter off' | 'plural' | 'known name';
