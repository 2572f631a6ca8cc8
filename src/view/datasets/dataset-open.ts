/**
 * <dataset-open>: says which dataset the app shows ("Dataset: …") and opens another: files or a folder picked by
 * the user, a dataset saved in this browser, or back to the built-in notes. Shows what is under way.
 *
 * @fires dataset-files - {files: File[]}: the user picked files or a folder.
 * @fires dataset-choose - {id: string | null}: the user chose a saved dataset, or null for the built-in notes.
 */
import { LitElement, css, html } from 'lit';
import type { DatasetSummary } from '../../platform/datasets/dataset-store';
import { emit } from '../shared/events';
import { onEscape } from '../shared/on-escape';
import { uiStyles } from '../shared/ui-styles';

export class DatasetOpen extends LitElement {
  static override properties = {
    label: {},
    currentId: { attribute: false },
    saved: { attribute: false },
    status: {},
    progress: { attribute: false },
    open: { state: true },
  };
  /** What the shown dataset is called. */
  declare label: string;
  /** The shown dataset's id; null for the built-in notes. */
  declare currentId: string | null;
  declare saved: DatasetSummary[];
  /** What is under way ("Checking the data…"), or ''. */
  declare status: string;
  /** How far a long step (the layout) has got, 0–1; null when there is none to show. */
  declare progress: number | null;
  declare open: boolean;

  constructor() {
    super();
    this.label = '';
    this.currentId = null;
    this.saved = [];
    this.status = '';
    this.progress = null;
    this.open = false;
    onEscape(this, () => this.close(true));
  }

  static override styles = [
    uiStyles,
    css`
      /* The label and status take the colour of the bar they sit in; the button and the menu keep the ink. */
      :host { display: inline-flex; align-items: center; gap: 0.5rem; position: relative; flex-wrap: wrap; color: inherit; }
      .toggle, .menu { color: var(--ui-ink); }
      .current { font-size: 0.85rem; display: inline-flex; gap: 0.3em; min-width: 0; }
      /* A long name is cut with an ellipsis (the whole name is its title), so the header keeps one line on wide screens. */
      .current strong { max-width: 18rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      /* Narrow screens (and 200% zoom): the name and "Open dataset" share one line, so the tools stay near the top. */
      @media (max-width: 900px) { .current strong { max-width: 9rem; } }
      .menu {
        position: absolute; top: 100%; right: 0; z-index: 20; margin-top: 0.35rem; width: 22rem;
        padding: 0.75rem 1rem; background: #fff; color: var(--ui-ink); border: 1px solid var(--ui-line);
        border-radius: 8px; box-shadow: 0 6px 20px rgb(0 0 0 / 0.2);
      }
      .menu[hidden] { display: none; }
      .pick { display: block; margin: 0 0 0.6rem; font-weight: 600; }
      .pick input { display: block; margin-top: 0.2rem; font-weight: normal; max-width: 100%; }
      h3 { font-size: 0.95rem; margin: 0.6rem 0 0.3rem; }
      ul { list-style: none; margin: 0; padding: 0; }
      li button { width: 100%; text-align: left; margin: 0.15rem 0; }
      .none, .hint { margin: 0; font-size: 0.85rem; color: var(--ui-muted); }
      .status { font-size: 0.85rem; }
      progress { width: 8rem; accent-color: currentColor; }
    `,
  ];

  override render() {
    return html`<span class="current">Dataset: <strong title=${this.label}>${this.label}</strong></span>
      <button type="button" class="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="menu" @click=${() => (this.open ? this.close(false) : this.show())}>Open dataset</button>
      ${this.progress === null ? '' : html`<progress aria-label="Layout progress" max="100" value=${Math.round(this.progress * 100)}></progress>`}
      <span class="status" role="status" aria-live="polite">${this.status}</span>
      <div id="menu" class="menu" role="group" aria-label="Open a dataset" ?hidden=${!this.open}>
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

  private show(): void {
    this.open = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.pick input')?.focus());
  }

  private close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (refocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus());
  }

  private picked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    this.close(true);
    emit(this, 'dataset-files', { files });
  }

  private choose(id: string | null): void {
    this.close(true);
    emit(this, 'dataset-choose', { id });
  }
}
customElements.define('dataset-open', DatasetOpen);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-open': DatasetOpen;
  }
}
