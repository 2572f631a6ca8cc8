/** <backup-dialog>: export everything to one `.allegiance.json` file; import one: pick, preview, confirm the merge. */
import { LitElement, css, html } from 'lit';
import { MAX_BACKUP_CHARS, backupFileName, backupText, type ImportPreview, type MergePlan, type Resolution } from '../../app/workspace';
import { downloadText } from '../../platform/download';
import { readTextFile } from '../../platform/read-file';
import type { Workspace } from '../../platform/storage/workspace';
import { uiStyles } from '../shared/ui-styles';
import './import-preview';
import type { ImportChoiceDetail } from './import-preview';

/**
 * A modal dialog, shown while `open` is true.
 * @fires backup-dialog-close - the dialog was closed (button or Escape).
 * @fires workspace-imported - `MergePlan['summary']` after a merge, so owners reload what they show.
 */
export class BackupDialog extends LitElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
    workspace: { attribute: false },
    preview: { state: true },
    choices: { state: true },
    message: { state: true },
  };
  declare open: boolean;
  declare workspace: Workspace | undefined;
  declare preview: ImportPreview | undefined;
  declare choices: Record<string, Resolution>;
  declare message: string;

  constructor() {
    super();
    this.open = false;
    this.workspace = undefined;
    this.preview = undefined;
    this.choices = {};
    this.message = '';
  }

  static override styles = [
    uiStyles,
    css`
      dialog { max-width: min(52rem, 95vw); border: 1px solid #8a94a3; border-radius: 8px; padding: 1rem 1.25rem; }
      dialog::backdrop { background: rgb(0 0 0 / 0.35); }
      h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
      h3 { margin: 1rem 0 0.3rem; font-size: 1rem; }
      p { margin: 0.3rem 0; }
      .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.5rem; }
      .close { position: absolute; top: 0.75rem; right: 0.75rem; }
    `,
  ];

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  override render() {
    const memoryOnly = this.workspace?.store.mode === 'memory';
    return html`<dialog aria-labelledby="backup-h" @close=${this.onClose}>
      <h2 id="backup-h">Backup</h2>
      <button type="button" class="close" @click=${() => (this.open = false)}>Close</button>
      <p>Your saved work lives in this browser only. A backup file keeps it safe and moves it to another browser.</p>
      ${memoryOnly ? html`<p><strong>This browser is not saving: export a backup before you close the page.</strong></p>` : ''}
      <h3>Export</h3>
      <button type="button" @click=${this.exportAll} ?disabled=${!this.workspace}>Export backup (.allegiance.json)</button>
      <h3>Import</h3>
      <label>Backup file to import <input type="file" accept=".json,application/json" @change=${this.onFile} ?disabled=${!this.workspace} /></label>
      ${this.preview
        ? html`<import-preview .preview=${this.preview} .choices=${this.choices} @import-choice=${this.onChoice}></import-preview>
            <div class="actions">
              <button type="button" @click=${this.merge}>Merge into my saved work</button>
              <button type="button" @click=${this.cancelImport}>Cancel import</button>
            </div>`
        : ''}
      <p role="status" aria-live="polite">${this.message}</p>
    </dialog>`;
  }

  /** Write every record and quarantined value to a backup file. Public so the shell can offer it elsewhere. */
  async exportAll(): Promise<void> {
    if (!this.workspace) return;
    const backup = await this.workspace.exportBackup();
    downloadText(backupText(backup), backupFileName(backup.exportedAt), 'application/json');
    this.message = `Exported ${backup.records.length} record${backup.records.length === 1 ? '' : 's'}${backup.quarantine.length ? ` and ${backup.quarantine.length} kept aside` : ''}.`;
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.workspace) return;
    this.preview = undefined;
    this.choices = {};
    const read = await readTextFile(file, MAX_BACKUP_CHARS);
    const result = read.ok ? await this.workspace.previewImport(read.text) : read;
    if (!result.ok) {
      this.message = `Nothing imported: ${result.reason}.`;
      return;
    }
    this.preview = result.preview;
    this.message = `Check what “${file.name}” would change, then merge.`;
  }

  private onChoice(e: CustomEvent<ImportChoiceDetail>): void {
    this.choices = { ...this.choices, [e.detail.row]: e.detail.choice };
  }

  private async merge(): Promise<void> {
    if (!this.workspace || !this.preview) return;
    const { plan, notSaved } = await this.workspace.applyImport(this.preview, this.choices);
    this.preview = undefined;
    this.message = mergeMessage(plan.summary, notSaved);
    this.dispatchEvent(new CustomEvent<MergePlan['summary']>('workspace-imported', { detail: plan.summary, bubbles: true, composed: true }));
  }

  private cancelImport(): void {
    this.preview = undefined;
    this.message = 'Import cancelled: nothing changed.';
  }

  private onClose(): void {
    this.open = false;
    this.dispatchEvent(new CustomEvent('backup-dialog-close', { bubbles: true, composed: true }));
  }
}

function mergeMessage(s: MergePlan['summary'], notSaved: { title: string; reason: string }[]): string {
  const parts = [`${s.added} added`, `${s.updated} updated`, `${s.keptBoth} kept both (the imported copy renamed)`, `${s.unchanged} unchanged`];
  if (s.invalid) parts.push(`${s.invalid} invalid kept aside`);
  const failed = notSaved.length ? ` Not saved: ${notSaved.map((n) => `“${n.title}” (${n.reason})`).join('; ')}.` : '';
  return `Merged: ${parts.join(', ')}.${failed}`;
}
customElements.define('backup-dialog', BackupDialog);

declare global {
  interface HTMLElementTagNameMap {
    'backup-dialog': BackupDialog;
  }
}
