/**
 * The catalogue of the app's custom events: each is declared once here with its detail type, and sent with
 * `emit` (bubbling and composed, so it crosses shadow roots up to <allegiance-app>). The global event map
 * makes `addEventListener('entity-select', e => e.detail.id)` typed everywhere, with no casts.
 */
import type { Focus } from '../../app/shell/view-state';
import type { EvidenceAdd } from '../../app/planner/cards';
import type { Corrections, PlanData } from '../../app/planner/plan-schema';
import type { ParagraphAction } from '../planner/plan-paragraph';
import type { ToolState } from '../../app/tracing/tool-state';
import type { LessonData } from '../../app/classroom/lesson-schema';
import type { EntityKind, Tone } from '../../model/types';
import type { PlaySettings } from '../../app/classroom/play';
import type { ThemeId } from './themes';
import type { AuthoringEdit } from '../../app/authoring/apply-edit';
import type { AuthoringMode, NotesSelection } from '../../app/authoring/draft';
import type { QueueState } from '../../app/import/queue';
import type { EntityEdit, RelationEdit } from '../../model/import/decisions';
import type { PickedFile } from '../../app/datasets/raw-from-files';

/** The review queue's Edit / Merge form: an edit, or the entity key to merge into. */
export type QueueEditDone = { edit?: EntityEdit & RelationEdit; into?: string };

/** The filters the user set (null = everything). */
export interface FilterChange {
  kinds?: ReadonlySet<EntityKind> | null;
  types?: ReadonlySet<string> | null;
  tones?: ReadonlySet<Tone> | null;
  focus?: Focus;
}

export interface AllegianceEvents {
  /** An entity was chosen (canvas node, search, panel link, rank list, path tool). */
  'entity-select': { id: string };
  /** A relation was chosen (canvas edge, list row, entity panel). */
  'relation-select': { key: string };
  /** The canvas background was tapped, or Escape pressed on the canvas. */
  'canvas-clear': null;
  /** A panel's close or back button, or Escape inside it. */
  'panel-close': null;
  /** The year slider moved; `transient` while dragging, stepping or playing (one history entry per run). */
  'year-change': { year: number | null; transient: boolean };
  /** Years outside the chosen one are hidden or faded. */
  'year-mode-change': { mode: 'hide' | 'fade' };
  /** Filter checkboxes or the focus steps changed. */
  'filter-change': FilterChange;
  /** A tracing tool changed its state (open / close a tool, choose a betrayal, a path's ends, years …). */
  'tool-change': Partial<ToolState>;
  /** The List view's text filter or its "Show quotes" toggle changed (<relation-list>). */
  'list-change': { filter?: string; quotes?: boolean };
  /** The notice's dismiss button. */
  'notice-dismiss': null;
  /** The canvas drew a graph's elements for the first time. */
  'graph-drawn': { nodes: number; edges: number };
  /** Files or a folder were picked to open as a dataset (<dataset-open>, in <dataset-menu>). */
  'dataset-files': { files: File[] };
  /** A saved dataset was chosen by id, or null for the built-in notes (<dataset-open>). */
  'dataset-choose': { id: string | null };
  /** Show a slide in the Notes view with these words marked (an excerpt's citation, a notes search hit). */
  'notes-open': { slide: number; mark: string | null };
  /** The welcome was closed. */
  'welcome-dismiss': null;
  /** One of the welcome's suggestions was chosen. */
  'welcome-try': { what: 'search' | 'year' | 'betrayals' };
  /** The user opened or closed the canvas key (remembered as a setting). */
  'legend-toggle': { open: boolean };
  /** <save-status>: try the failed save again. */
  'save-retry': null;
  /** Export everything to a backup file (from <save-status> or <storage-notices>). */
  'backup-export': null;
  /** A storage notice was dismissed (the record it names stays kept). */
  'storage-notice-dismiss': { id: string };
  /** <backup-dialog> merged an import: counts of what it did. */
  'workspace-imported': { added: number; updated: number; keptBoth: number; unchanged: number; invalid: number };
  /** <backup-dialog> was closed. */
  'backup-dialog-close': null;
  /** <import-preview>: the user's choice for one record. */
  'import-choice': { row: string; choice: 'keep-both' | 'keep-mine' | 'take-theirs' };
  /** "Add to plan" on a piece of evidence: the paragraph chosen (null: a new one) and the evidence. */
  'plan-add': EvidenceAdd;
  /** <essay-planner>: show this plan (null: none chosen), for the URL. */
  'plan-select': { id: string | null };
  /** <essay-planner>: the planner was closed. */
  'plan-close': null;
  /** <plan-paragraph>: a change to one paragraph (edit, move, a card's move, annotation or removal); <plan-editor> applies it. */
  'paragraph-action': { paragraph: string; action: ParagraphAction };
  /** <question-understanding>: the student's corrections to what was read in the question, replacing the previous ones. */
  'corrections-change': Corrections;
  /** <plan-editor>: the plan's data after a change; <essay-planner> saves it. */
  'plan-data': PlanData;
  /** <play-settings>: the years play runs over and its speed (kept in the URL). */
  'play-change': PlaySettings;
  /** <play-settings>: the Play options were opened (the storylines they offer are loaded then). */
  'play-options-open': null;
  /** The "High contrast" control: the classroom theme chosen ('standard' = off; remembered as a setting). */
  'theme-change': { theme: ThemeId };
  /** <story-picker>: present this storyline (an id, or `lesson:<id>`) from its first step. */
  'story-present': { story: string };
  /** <story-presenter>: go to this step (0-based). */
  'story-step': { step: number };
  /** <story-presenter>: leave presenter mode (Escape, or the Exit button). */
  'story-close': null;
  /** <story-predict>: the teacher revealed the answer. */
  'story-reveal': null;
  /** <lesson-editor>: the open lesson's title or steps changed (saved after a pause in typing). */
  'lesson-change': { title: string; data: LessonData };
  /** <lesson-editor>: a command on the open lesson, or to open / close the editor. */
  'lesson-command': { command: 'new' | 'add-view' | 'present' | 'export-file' | 'export-yaml' | 'share' | 'close' };
  /** <lesson-editor>: open another saved lesson. */
  'lesson-open': { id: string };
  /** <lesson-editor>: a lesson file was picked to import. */
  'lesson-import': { file: File };
  /** Notes view (selection toolbar, "Make relation from selection", its shortcut): start an edit from the selected words. */
  'authoring-start': { mode: AuthoringMode; selection: NotesSelection | null };
  /** <authoring-dialog>: the form was sent with this edit. */
  'authoring-submit': { edit: AuthoringEdit };
  /** <authoring-dialog>: closed without an edit. */
  'authoring-cancel': null;
  /** Undo the last authoring edit, or export the shown dataset as a zip. */
  'authoring-command': { command: 'undo' | 'export-zip' };
  /** <dataset-menu>: "Import notes" was chosen (the import dialog's chunk loads then). */
  'notes-import-open': null;
  'notes-import-close': null;
  'notes-import-create': { name: string; files: PickedFile[]; skipped: string[] };
  'import-queue-change': { state: QueueState; resuggest: boolean };
  'queue-edit-done': QueueEditDone;
  'queue-edit-cancel': null;
}

export type AllegianceEventName = keyof AllegianceEvents;

/** Send one of the catalogue's events from `host`: bubbling and composed. */
export function emit<K extends AllegianceEventName>(host: EventTarget, name: K, detail: AllegianceEvents[K]): boolean {
  return host.dispatchEvent(new CustomEvent<AllegianceEvents[K]>(name, { bubbles: true, composed: true, detail }));
}

// Declaration merging: the catalogue joins the DOM's event maps (the empty bodies are the point).
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AllegianceEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends AllegianceEventMap {}
}

type AllegianceEventMap = { [K in AllegianceEventName]: CustomEvent<AllegianceEvents[K]> };
