/**
 * <selection-toolbar>: the small toolbar beside words selected in the Notes view: "Make relation", "Add entity",
 * "Add alias". Pressing a button keeps the selection (mousedown does not take it away). 44 px buttons on touch.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { AuthoringMode, NotesSelection } from '../../app/authoring/draft';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

const ACTIONS: [AuthoringMode, string][] = [['relation', 'Make relation'], ['entity', 'Add entity'], ['alias', 'Add alias']];

/** @fires authoring-start - {mode, selection} a button was pressed */
export class SelectionToolbar extends LitElement {
  static override properties = {
    selection: { attribute: false },
    at: { attribute: false },
  };
  /** The selection the buttons act on; null hides the toolbar. */
  declare selection: NotesSelection | null;
  /** Where to show it (viewport coordinates: under the selection's end). */
  declare at: { x: number; y: number } | null;

  constructor() {
    super();
    this.selection = null;
    this.at = null;
  }

  static override styles = [
    uiStyles,
    css`
      :host { position: fixed; z-index: 20; }
      div { display: flex; gap: 0.25rem; padding: 0.25rem; background: #fff; border: 1px solid var(--ui-border, #888); border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
      button { font: inherit; font-size: 0.9rem; white-space: nowrap; }
      @media (pointer: coarse) { button { min-height: 44px; min-width: 44px; } }
    `,
  ];

  override render() {
    if (!this.selection || !this.at) return nothing;
    const x = Math.max(4, Math.min(this.at.x, window.innerWidth - 300));
    const y = Math.min(this.at.y + 6, window.innerHeight - 56);
    this.style.left = `${x}px`;
    this.style.top = `${y}px`;
    return html`<div role="toolbar" aria-label="Selected words">
      ${ACTIONS.map(([mode, label]) => html`<button type="button" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => emit(this, 'authoring-start', { mode, selection: this.selection })}>${label}</button>`)}
    </div>`;
  }
}
customElements.define('selection-toolbar', SelectionToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'selection-toolbar': SelectionToolbar;
  }
}
