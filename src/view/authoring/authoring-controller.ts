/**
 * Evidence-first authoring beside the shell: a selection in the Notes view becomes a draft (<authoring-dialog>,
 * loaded on first use); the edit is applied to the dataset's files and checked by the same pipeline in the worker
 * (problems stay in the form, nothing lost); a good edit is saved in the browser and shown, laid out afresh. On the
 * built-in notes the first edit makes a user copy "… (my copy)" and switches to it. Undo of the last edit and
 * "Export dataset (.zip)" for any dataset: both are actions of the header's Dataset menu (`authoring-command`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AuthoringEdit } from '../../app/authoring/apply-edit';
import { type AuthoringDraft, type AuthoringMode, draftFor, type NotesSelection } from '../../app/authoring/draft';
import { exportFiles, zipName } from '../../app/authoring/export-files';
import { rawFromFiles } from '../../app/datasets/raw-from-files';
import type { ShownDataset } from '../../app/datasets/shown-dataset';
import type { ViewState } from '../../app/shell/view-state';
import type { FullNotes } from '../../model/note-lines';
import type { AllegianceGraph, Problem } from '../../model/types';
import type { DatasetRecord } from '../../platform/datasets/dataset-store';
import { runPipelineInWorker } from '../../platform/workers/run-pipeline';
import type { DatasetController } from '../datasets/dataset-controller';
import type { EntityChoice, TypeChoice } from './authoring-dialog';

type Host = ReactiveControllerHost & HTMLElement & { readonly state: ViewState; change(change: Partial<ViewState>): boolean; showNotice(message: string): void };

interface Deps {
  datasets: DatasetController;
  graph: () => AllegianceGraph | null;
  notes: () => FullNotes | null;
  shown: () => ShownDataset;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const problemText = (p: Problem) => `${p.file}${p.line ? `, line ${p.line}` : ''}: ${p.message}${p.fix ? ` (${p.fix})` : ''}`;

export class AuthoringController implements ReactiveController {
  draft: AuthoringDraft | null = null;
  problems: string[] = [];
  busy = false;
  /** The dataset as it was before the last edit, to undo it. */
  private undo: { record: DatasetRecord; summary: string } | null = null;
  private dialogLoaded = false;

  constructor(private readonly host: Host, private readonly deps: Deps) {
    host.addController(this);
    host.addEventListener('authoring-start', (e) => void this.start(e.detail.mode, e.detail.selection));
    host.addEventListener('authoring-cancel', () => this.close());
    host.addEventListener('authoring-submit', (e) => void this.submit(e.detail.edit));
    host.addEventListener('authoring-command', (e) => void (e.detail.command === 'undo' ? this.undoLast() : this.exportZip()));
  }

  hostConnected(): void {}

  private async start(mode: AuthoringMode, selection: NotesSelection | null): Promise<void> {
    const graph = this.deps.graph();
    const notes = this.deps.notes();
    if (!graph || !notes) return;
    if (!selection) return this.host.showNotice('Select words in one bullet of the notes first (drag over them, or Shift+arrows with caret browsing, F7), then Make relation.');
    const names = graph.mapNodes((id, a) => [a.label, ...(a.aliases ?? [])].map((name: string) => ({ id, name }))).flat();
    const result = draftFor(mode, selection, notes.slides, names);
    if (!result.ok) return this.host.showNotice(`That selection cannot be used: ${result.reason}.`);
    if (!this.dialogLoaded) {
      await import('./authoring-dialog');
      this.dialogLoaded = true;
    }
    this.draft = result.draft;
    this.problems = [];
    this.host.requestUpdate();
  }

  private close(): void {
    this.draft = null;
    this.problems = [];
    this.busy = false;
    this.host.requestUpdate();
  }

  /** The shown dataset as saved files: a run-time dataset's record, or the built-in files (own chunks). */
  private async current(): Promise<{ record: DatasetRecord; builtIn: boolean }> {
    const shown = this.deps.shown();
    if (shown.id === null) {
      const { builtInFiles } = await import('../../platform/datasets/built-in-files');
      const title = shown.label.replace(/ \(built in\)$/, '');
      return { builtIn: true, record: { id: `c${Date.now().toString(36)}`, name: `${title} (my copy)`, files: await builtInFiles(), savedAt: new Date().toISOString() } };
    }
    const record = await this.deps.datasets.record(shown.id);
    if (!record) throw new Error(`the dataset “${shown.label}” is not saved in this browser`);
    return { builtIn: false, record };
  }

  private async submit(edit: AuthoringEdit): Promise<void> {
    const draft = this.draft;
    if (!draft || this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { record, builtIn } = await this.current();
      // apply-edit brings the YAML library: loaded with the first edit, not with the page.
      const { applyEdit } = await import('../../app/authoring/apply-edit');
      const applied = applyEdit(record.files, edit);
      if (!applied.ok) return this.refuse([applied.reason]);
      const placed = rawFromFiles(applied.files);
      const output = await runPipelineInWorker(placed.raw);
      if (!output.ok || placed.problems.length) return this.refuse([...placed.problems, ...output.problems].slice(0, 8).map(problemText));
      const edited: DatasetRecord = { ...record, files: applied.files, savedAt: new Date().toISOString() };
      this.close();
      await this.deps.datasets.commit(edited, output, builtIn ? 'push' : 'replace');
      this.undo = { record, summary: applied.summary };
      this.host.change({ notes: true, list: false, slide: draft.slide, mark: draft.quote });
      this.host.showNotice(`${applied.summary}${builtIn ? `, in a copy of the built-in notes saved in this browser as “${edited.name}”` : ''}.`);
    } catch (err) {
      this.refuse([`The edit could not be checked: ${message(err)}`]);
    }
  }

  private refuse(problems: string[]): void {
    this.busy = false;
    this.problems = problems;
    this.host.requestUpdate();
  }

  private async undoLast(): Promise<void> {
    const undo = this.undo;
    if (!undo) return;
    try {
      const output = await runPipelineInWorker(rawFromFiles(undo.record.files).raw);
      this.undo = null;
      await this.deps.datasets.commit({ ...undo.record, savedAt: new Date().toISOString() }, output, 'replace');
      this.host.showNotice(`Undone: ${undo.summary}.`);
    } catch (err) {
      this.host.showNotice(`The edit could not be undone: ${message(err)}.`);
    }
  }

  private async exportZip(): Promise<void> {
    try {
      const shown = this.deps.shown();
      const { record } = await this.current();
      const { downloadZip } = await import('../../platform/zip');
      await downloadZip(exportFiles(record.files), zipName(shown.id === null ? shown.label.replace(/ \(built in\)$/, '') : record.name));
    } catch (err) {
      this.host.showNotice(`The dataset could not be exported: ${message(err)}.`);
    }
  }

  /** What the last edit did, while it can be undone (the Dataset menu then offers "Undo last edit"); else null. */
  get undoSummary(): string | null {
    return this.undo?.summary ?? null;
  }

  /** The authoring form, once its chunk is loaded. */
  dialog() {
    const graph = this.deps.graph();
    return this.dialogLoaded && graph ? html`<authoring-dialog .draft=${this.draft} .entities=${entityChoices(graph)} .types=${typeChoices(graph)} .problems=${this.problems} .busy=${this.busy}></authoring-dialog>` : nothing;
  }
}

const choicesOf = new WeakMap<AllegianceGraph, { entities: EntityChoice[]; types: TypeChoice[] }>();
function choices(graph: AllegianceGraph) {
  let c = choicesOf.get(graph);
  if (!c) {
    const entities = graph.mapNodes((id, a) => ({ id, label: String(a.label ?? id) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
    const types = Object.entries(graph.getAttribute('relationTypes') ?? {}).map(([id, t]) => ({ id, label: t.label, description: t.description ?? '' }));
    choicesOf.set(graph, (c = { entities, types }));
  }
  return c;
}
const entityChoices = (graph: AllegianceGraph) => choices(graph).entities;
const typeChoices = (graph: AllegianceGraph) => choices(graph).types;
