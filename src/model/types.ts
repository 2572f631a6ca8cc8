/** Shared types of the Allegiance model: the data files, the built graph's attributes, and problems. */
import type { MultiDirectedGraph } from 'graphology';

export const ENTITY_KINDS = ['person', 'faction', 'policy', 'institution', 'event', 'idea', 'group'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const TONES = ['friendly', 'hostile', 'neutral'] as const;
export type Tone = (typeof TONES)[number];

export const CERTAINTIES = ['stated', 'suspected', 'disputed'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const DATE_SOURCES = ['notes', 'outside-notes'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** A partial ISO date: "1924", "1924-01" or "1924-01-21". */
export type PartialDate = string;

/** One slide of the notes. */
export interface Slide {
  /** 1-based, from the "N of 68" line that closes the slide. */
  number: number;
  /** First non-bullet line of the slide; a slide that opens with a bullet continues the previous title. */
  title: string;
  /** True when the slide has no title line of its own and continues the previous slide. */
  continued: boolean;
  headings: string[];
  bullets: Bullet[];
  /** Verbatim text of the slide (title, headings and bullets), for quote matching. */
  text: string;
}

export interface Bullet {
  /** Stable id "s<slide>-b<position>", position 1-based within the slide. */
  id: string;
  slide: number;
  position: number;
  /** The sub-heading this bullet sits under, if any. */
  heading?: string;
  /** Verbatim text after the bullet mark, trailing white space trimmed. */
  text: string;
}

export interface Notes {
  title: string;
  slideCount: number;
  slides: Slide[];
}

export interface Evidence {
  slide: number;
  quote: string;
}

export interface Mention {
  slide: number;
  /** Bullet id, e.g. "s31-b4". */
  bullet: string;
  /** Character ranges [start, end) of the matched names inside the bullet's text. */
  ranges: [number, number][];
}

export interface RelationTypeDef {
  id: string;
  label: string;
  inverseLabel: string;
  tone: Tone;
  symmetric: boolean;
  /** Entity kinds allowed at the source and the target end. */
  sourceKinds: EntityKind[];
  targetKinds: EntityKind[];
  description?: string;
}

export interface EntityRecord {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  start?: PartialDate;
  end?: PartialDate;
  /** Where start/end come from; "outside-notes" for a standard textbook date the notes do not give. */
  dateSource: DateSource;
  summary?: string;
}

export interface RelationRecord {
  source: string;
  type: string;
  target: string;
  start?: PartialDate;
  end?: PartialDate;
  certainty: Certainty;
  dateSource: DateSource;
  evidence: Evidence[];
  note?: string;
}

/** Where a record came from, for messages and for the app's "edit this" hints. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Dataset {
  notes: Notes;
  relationTypes: RelationTypeDef[];
  entities: (EntityRecord & { from: SourceRef })[];
  relations: (RelationRecord & { from: SourceRef })[];
}

/** A problem found in the data: what, where, and how to fix it. */
export interface Problem {
  /** "error" (the default when absent) stops the graph from building; a "warning" is reported but does not. */
  severity?: 'error' | 'warning';
  file: string;
  line: number;
  /** Short machine-readable code, e.g. "unknown-entity". */
  code: string;
  message: string;
  /** The offending value, as text. */
  value?: string;
  fix: string;
}

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  start?: PartialDate;
  end?: PartialDate;
  dateSource: DateSource;
  summary?: string;
  mentions: Mention[];
}

export interface EdgeAttributes {
  type: string;
  start?: PartialDate;
  end?: PartialDate;
  certainty: Certainty;
  dateSource: DateSource;
  evidence: Evidence[];
  note?: string;
}

export interface GraphAttributes {
  relationTypes: Record<string, Omit<RelationTypeDef, 'id'>>;
  notesTitle: string;
  slideCount: number;
  /** Slide titles by number (index 0 unused), so citations can name the slide. */
  slideTitles: string[];
}

export type AllegianceGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
