/**
 * <notes-import-dialog>: "Import notes". Pick a file (.txt, .md, .docx, .pdf, .pptx) or paste text with a title;
 * the import worker reads it and makes suggestions; <import-queue> reviews them; "Create dataset" turns the accepted
 * ones into an ordinary dataset (the engine's toDataset), which the dataset controller saves, checks and opens.
 * Decisions are saved as they are made, keyed by the file name or title, so a revised file keeps them.
 * This module and everything it imports load only when the control is first used.
 *
 * @fires notes-import-create - {name, files, skipped}: the dataset's files, for the dataset controller to open.
 * @fires notes-import-close - the dialog was closed (button or Escape).
 */
import { LitElement, html, nothing } from 'lit';
import { type QueueState, acceptedOf, createQueue, decisionsId } from '../../app/import/queue';
import { IMPORT_EXTENSIONS } from '../../model/import/read-file';
import { relationTypesFromYaml } from '../../model/import/relation-types';
import { toDataset } from '../../model/import/to-dataset';
import type { RelationTypeDef } from '../../model/types';
import type { ImportDecisionStore } from '../../platform/datasets/import-decision-store';
import type { KnownName } from '../../model/import/suggest-entities';
import { type ImportOutput, type ImportRequest, runImportInWorker } from '../../platform/workers/run-import';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import { dialogStyles } from './notes-import-dialog-styles';
import './import-queue';

export class NotesImportDialog extends LitElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
    decisions: { attribute: false },
    known: { attribute: false },
    busy: { state: true },
    error: { state: true },
    message: { state: true },
    output: { state: true },
    queue: { state: true },
  };
  declare open: boolean;
  /** Where decisions are kept (the saved-work layer); absent: kept in this page only. */
  declare decisions: ImportDecisionStore | undefined;
  /** The names of the dataset shown now, offered as known names (off unless the user ticks the box). */
  declare known: { label: string; names: KnownName[] } | null;
  /** What is under way ("Reading “notes.docx”…"), or ''. */
  declare busy: string;
  declare error: string;
  declare message: string;
  declare output: ImportOutput | null;
  declare queue: QueueState | null;
  private request: ImportRequest | null = null;
  private types: RelationTypeDef[] = [];
  private run = 0;

  constructor() {
    super();
    this.open = false;
    this.decisions = undefined;
    this.known = null;
    this.busy = '';
    this.error = '';
    this.message = '';
    this.output = null;
    this.queue = null;
  }

  static override styles = [uiStyles, dialogStyles];

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  private get key(): string {
    const r = this.request;
    return decisionsId(!r ? '' : r.kind === 'file' ? r.name : r.title || this.output?.imported.title || '');
  }

  override render() {
    const out = this.output;
    return html`<dialog aria-labelledby="import-h" @close=${() => emit(this, 'notes-import-close', null)}>
      <h2 id="import-h">Import notes</h2>
      <button type="button" class="close" @click=${() => (this.open = false)}>Close</button>
      <p class="intro">Turn your own notes into a graph: Allegiance suggests entities and relations from the text, you accept, reject or edit each, then create a dataset to explore. Nothing leaves this browser.</p>
      <div class="sources">
        <label class="file">Notes file (.txt, .md, .docx, .pdf or .pptx)
          <input type="file" accept=${IMPORT_EXTENSIONS.join(',')} @change=${this.onFile} ?disabled=${!!this.busy} /></label>
        <details class="paste" ?open=${this.request?.kind === 'text'}>
          <summary>Or paste the text</summary>
          <label>Title <input name="title" autocomplete="off" /></label>
          <label>Notes text <textarea name="text" rows="6"></textarea></label>
          <button type="button" @click=${this.onPaste} ?disabled=${!!this.busy}>Read the pasted text</button>
        </details>
        ${this.known?.names.length
          ? html`<label class="known"><input type="checkbox" name="use-known" ?disabled=${!!this.busy} /> Also look for the names of “${this.known.label}” (${this.known.names.length} entities and their aliases)</label>`
          : nothing}
      </div>
      <p class="status" role="status" aria-live="polite">${this.busy || this.message}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${out && this.queue
        ? html`<h3 class="source">“${out.imported.title}”: ${out.imported.slides.length} slides (${out.imported.format})</h3>
            ${out.imported.warnings.map((w) => html`<p class="warning">Note: ${w}</p>`)}
            <import-queue .state=${this.queue} .notes=${out.notes} .types=${this.types} @import-queue-change=${this.onQueue}></import-queue>
            <div class="create">
              <button type="button" class="primary" @click=${this.create} ?disabled=${!!this.busy}>Create dataset</button>
              <span class="hint">from the accepted entities and relations; the notes are kept word for word</span>
            </div>`
        : nothing}
    </dialog>`;
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (err) {
      this.error = `“${file.name}” could not be read from the disk (${err instanceof Error ? err.message : String(err)}). Pick it again.`;
      return;
    }
    await this.read({ kind: 'file', name: file.name, bytes });
  }

  private async onPaste(): Promise<void> {
    const title = this.renderRoot.querySelector<HTMLInputElement>('input[name="title"]')?.value.trim() ?? '';
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[name="text"]')?.value ?? '';
    if (!text.trim()) {
      this.error = 'The pasted text is empty: paste your notes into “Notes text” first.';
      return;
    }
    await this.read({ kind: 'text', title, text });
  }

  /** Read and suggest in the worker, with the decisions saved for these notes. A failure keeps what was shown. */
  private async read(request: ImportRequest, keep?: QueueState): Promise<void> {
    const run = ++this.run;
    const name = request.kind === 'file' ? `“${request.name}”` : 'the pasted text';
    this.busy = keep ? 'Making the suggestions again…' : `Reading ${name}…`;
    this.error = '';
    this.message = '';
    try {
      const id = decisionsId(request.kind === 'file' ? request.name : request.title);
      const saved = keep?.decisions ?? (await this.decisions?.get(id).catch(() => ({}))) ?? {};
      const useKnown = this.renderRoot.querySelector<HTMLInputElement>('input[name="use-known"]')?.checked && this.known?.names.length;
      const output = await runImportInWorker({ ...request, decisions: saved, ...(useKnown ? { known: this.known!.names } : {}) });
      if (run !== this.run) return;
      this.request = request;
      this.output = output;
      this.types = relationTypesFromYaml(output.relationTypesYaml);
      this.queue = keep ? { ...createQueue(output.suggestions, saved), cursor: keep.cursor } : createQueue(output.suggestions, saved);
      const remembered = Object.keys(saved).length;
      this.message = `${output.suggestions.entities.length} entities, ${output.suggestions.relations.length} relations and ${output.suggestions.hints.length} weak hints suggested${remembered ? `; ${remembered} earlier decisions on these notes applied` : ''}.`;
      await this.updateComplete;
      this.renderRoot.querySelector('import-queue')?.focus();
    } catch (err) {
      if (run === this.run) this.error = `${err instanceof Error ? err.message : String(err)}.`.replace(/\.\.$/, '.');
    } finally {
      if (run === this.run) this.busy = '';
    }
  }

  private onQueue(e: CustomEvent<{ state: QueueState; resuggest: boolean }>): void {
    this.queue = e.detail.state;
    void this.decisions?.put(this.key, this.output?.imported.title ?? this.key, e.detail.state.decisions).then((why) => {
      if (why) this.message = `Your decisions are kept in this page but not saved: ${why}.`;
    });
    if (e.detail.resuggest && this.request) void this.read(this.request, e.detail.state);
  }

  private create(): void {
    if (!this.output || !this.queue) return;
    const accepted = acceptedOf(this.queue);
    if (!accepted.entities.length) {
      this.error = 'No entity is accepted yet: accept at least one (A), or “Accept all remaining strong suggestions”.';
      return;
    }
    const { raw, skipped } = toDataset(this.output.imported, accepted, this.output.relationTypesYaml);
    const files = [raw.notes, raw.relationTypes, ...raw.entities, ...raw.relations].map((f) => ({ path: f.file, text: f.text }));
    emit(this, 'notes-import-create', { name: this.output.imported.title || 'Imported notes', files, skipped: skipped.map((s) => s.reason) });
    this.open = false;
  }
}
customElements.define('notes-import-dialog', NotesImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'notes-import-dialog': NotesImportDialog;
  }
}
