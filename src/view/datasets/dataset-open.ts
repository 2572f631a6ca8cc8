/**
 * <dataset-open>: the "Open dataset…" panel of the header's Dataset menu (<dataset-menu> shows and hides it):
 * files or a folder picked by the user, a dataset saved in this browser, or back to the built-in notes.
 *
 * @fires dataset-files - {files: File[]}: the user picked files or a folder.
 * @fires dataset-choose - {id: string | null}: the user chose a saved dataset, or null for the built-in notes.
 */
import { LitElement, css, html } from 'lit';
import type { DatasetSummary } from '../../platform/datasets/dataset-store';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export class DatasetOpen extends LitElement {
  static override properties = {
    currentId: { attribute: false },
    saved: { attribute: false },
  };
  /** The shown dataset's id; null for the built-in notes. */
  declare currentId: string | null;
  declare saved: DatasetSummary[];

  constructor() {
    super();
    this.currentId = null;
    this.saved = [];
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      .pick { display: block; margin: 0 0 0.6rem; font-weight: 600; }
      .pick input { display: block; margin-top: 0.2rem; font-weight: normal; max-width: 100%; }
      h3 { font-size: 0.95rem; margin: 0.6rem 0 0.3rem; }
      ul { list-style: none; margin: 0; padding: 0; }
      li button { width: 100%; text-align: left; margin: 0.15rem 0; }
      .none, .hint { margin: 0; font-size: 0.85rem; color: var(--ui-muted); }
      .hint { margin-bottom: 0.5rem; }
    `,
  ];

  override render() {
    return html`<div role="group" aria-label="Open a dataset">
      <p class="hint">A dataset is a folder like graph-data/: notes (.txt), relation-types.yaml, entities/ and relations/.</p>
      <label class="pick">Pick a folder <input type="file" webkitdirectory @change=${this.picked} /></label>
      <label class="pick">Pick files <input type="file" multiple accept=".txt,.yaml,.yml" @change=${this.picked} /></label>
      <h3 id="saved-title">Saved in this browser</h3>
      ${this.saved.length
        ? html`<ul aria-labelledby="saved-title">
            ${this.saved.map(
              (d) => html`<li>
                <button type="button" aria-current=${d.id === this.currentId ? 'true' : 'false'} @click=${() => this.choose(d.id)}>
                  ${d.name} <span class="hint">(${d.fileCount} files, ${d.savedAt.slice(0, 10)})</span>
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p class="none">None yet: a dataset you open is kept here.</p>`}
      ${this.currentId !== null ? html`<h3>Built in</h3><button type="button" class="builtin" @click=${() => this.choose(null)}>Back to the built-in notes</button>` : ''}
    </div>`;
  }

  /** Focus the first picker (the panel was just shown). */
  focusFirst(): void {
    this.renderRoot.querySelector<HTMLInputElement>('.pick input')?.focus();
  }

  private picked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) emit(this, 'dataset-files', { files });
  }

  private choose(id: string | null): void {
    emit(this, 'dataset-choose', { id });
  }
}
customElements.define('dataset-open', DatasetOpen);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-open': DatasetOpen;
  }
}
