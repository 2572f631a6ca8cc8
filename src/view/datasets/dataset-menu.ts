/**
 * <dataset-menu>: the header's Dataset menu. Its button names the shown dataset ("Dataset: …") and opens a popup
 * of the dataset-level actions, each a real button: Open dataset… (the <dataset-open> panel, in the same popup),
 * Import notes, Export dataset (.zip), and Undo last edit while there is one. Beside it, what is under way.
 * Keyboard: Enter, Space or ArrowDown on the button opens it at the first action (ArrowUp at the last); the arrows,
 * Home and End move; Escape closes and gives focus back to the button; Tab leaves and closes.
 *
 * @fires notes-import-open - "Import notes" was chosen.
 * @fires authoring-command - {command: 'export-zip' | 'undo'}: "Export dataset (.zip)" or "Undo last edit".
 * (dataset-files and dataset-choose come up from <dataset-open>.)
 */
import { LitElement, html, nothing } from 'lit';
import type { DatasetSummary } from '../../platform/datasets/dataset-store';
import { emit } from '../shared/events';
import { onEscape } from '../shared/on-escape';
import { uiStyles } from '../shared/ui-styles';
import { datasetMenuStyles } from './dataset-menu-styles';
import './dataset-open';
import type { DatasetOpen } from './dataset-open';

type Shown = 'closed' | 'actions' | 'open';

export class DatasetMenu extends LitElement {
  static override properties = {
    label: {},
    currentId: { attribute: false },
    saved: { attribute: false },
    status: {},
    progress: { attribute: false },
    exportable: { type: Boolean },
    undo: { attribute: false },
    shown: { state: true },
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
  /** Whether "Export dataset (.zip)" is offered (not while the dataset's problems are shown). */
  declare exportable: boolean;
  /** What the last edit did, while it can be undone; null otherwise. */
  declare undo: string | null;
  /** Closed, the list of actions, or the "Open dataset…" panel. */
  declare shown: Shown;

  constructor() {
    super();
    this.label = '';
    this.currentId = null;
    this.saved = [];
    this.status = '';
    this.progress = null;
    this.exportable = false;
    this.undo = null;
    this.shown = 'closed';
    onEscape(this, () => this.close(true));
    // A dataset picked or chosen in the panel: the popup closes, focus back on the button.
    this.addEventListener('dataset-files', () => this.close(true));
    this.addEventListener('dataset-choose', () => this.close(true));
    // Focus moving elsewhere (Tab, Shift+Tab, a click on another control) closes it; a blur of the whole window
    // (a file chooser opening) has no related target and keeps it.
    this.addEventListener('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      if (to && !this.contains(to) && !this.renderRoot.contains(to) && to !== this) this.close(false);
    });
  }

  private readonly outside = (e: PointerEvent) => {
    if (this.shown !== 'closed' && !e.composedPath().includes(this)) this.close(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.outside);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.outside);
    super.disconnectedCallback();
  }

  static override styles = [uiStyles, datasetMenuStyles];

  override render() {
    const open = this.shown !== 'closed';
    return html`<button type="button" class="toggle" aria-haspopup="true" aria-expanded=${open ? 'true' : 'false'} aria-controls="dataset-popup" @click=${this.toggle} @keydown=${this.toggleKey}>
        Dataset: <strong title=${this.label}>${this.label}</strong><span class="caret" aria-hidden="true">▾</span>
      </button>
      ${this.progress === null ? '' : html`<progress aria-label="Layout progress" max="100" value=${Math.round(this.progress * 100)}></progress>`}
      <span class="status" role="status" aria-live="polite">${this.status}</span>
      <div id="dataset-popup" class="popup" ?hidden=${!open}>
        <div class="actions" role="group" aria-label="Dataset actions" ?hidden=${this.shown !== 'actions'} @keydown=${this.itemKey}>
          <button type="button" tabindex="-1" aria-haspopup="true" @click=${this.showOpen}>Open dataset…</button>
          <button type="button" tabindex="-1" aria-haspopup="dialog" @click=${() => this.act('notes-import-open')}>Import notes</button>
          ${this.exportable ? html`<button type="button" tabindex="-1" @click=${() => this.act('export-zip')}>Export dataset (.zip)</button>` : nothing}
          ${this.undo !== null ? html`<button type="button" tabindex="-1" title=${`Undo: ${this.undo}`} @click=${() => this.act('undo')}>Undo last edit</button>` : nothing}
        </div>
        <dataset-open ?hidden=${this.shown !== 'open'} .currentId=${this.currentId} .saved=${this.saved}></dataset-open>
      </div>`;
  }

  private get items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.actions button')];
  }

  private get toggleButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.toggle');
  }

  /** Show the actions and focus one of them (the first, or the last). */
  private async showActions(at: 'first' | 'last'): Promise<void> {
    this.shown = 'actions';
    await this.updateComplete;
    const items = this.items;
    items[at === 'first' ? 0 : items.length - 1]?.focus();
  }

  private readonly toggle = () => (this.shown === 'closed' ? void this.showActions('first') : this.close(true));

  private readonly toggleKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    void this.showActions(e.key === 'ArrowDown' ? 'first' : 'last');
  };

  /** Arrows, Home and End move between the actions; Tab leaves (focus moves on as usual, and the menu closes). */
  private readonly itemKey = (e: KeyboardEvent) => {
    const items = this.items;
    const at = items.indexOf(e.composedPath()[0] as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (e.key === 'Tab') this.shown = 'closed';
    if (to === undefined) return;
    e.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };

  private readonly showOpen = async () => {
    this.shown = 'open';
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<DatasetOpen>('dataset-open');
    await panel?.updateComplete;
    panel?.focusFirst();
  };

  /** Do an action: the menu closes and focus goes back to its button first, so a dialog it opens returns there. */
  private act(what: 'notes-import-open' | 'export-zip' | 'undo'): void {
    this.close(true);
    if (what === 'notes-import-open') emit(this, 'notes-import-open', null);
    else emit(this, 'authoring-command', { command: what });
  }

  private close(refocus: boolean): void {
    if (this.shown === 'closed') return;
    this.shown = 'closed';
    if (refocus) this.toggleButton?.focus();
  }
}
customElements.define('dataset-menu', DatasetMenu);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-menu': DatasetMenu;
  }
}
