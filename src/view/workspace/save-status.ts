/** <save-status>: "Saved" / "Saving…" / "Not saved — reason" where the user works, with Retry and Export backup when it failed. */
import { LitElement, css, html } from 'lit';
import { uiStyles } from '../shared/ui-styles';

export type SaveState = 'idle' | 'saving' | 'saved' | 'not-saved';

/**
 * @fires save-retry - the user asked to try saving again.
 * @fires backup-export - the user asked for a backup file (the safe way out when saving fails).
 * @cssprop --save-status-ok - colour of "Saved"; --save-status-problem - colour of "Not saved" (for dark backgrounds).
 */
export class SaveStatus extends LitElement {
  static override properties = { state: {}, reason: {} };
  declare state: SaveState;
  /** Why it was not saved (shown after "Not saved — "). */
  declare reason: string;

  constructor() {
    super();
    this.state = 'idle';
    this.reason = '';
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      p { margin: 0; }
      .not-saved { color: var(--save-status-problem, #8a1c14); font-weight: 600; }
      .saved { color: var(--save-status-ok, #1b6e34); }
    `,
  ];

  private text(): string {
    if (this.state === 'saving') return 'Saving…';
    if (this.state === 'saved') return 'Saved';
    if (this.state === 'not-saved') return `Not saved — ${this.reason || 'the browser did not confirm it'}`;
    return '';
  }

  override render() {
    // The status stays in the page when idle so a screen reader announces the next change.
    return html`<div class="row">
      <p role="status" aria-live="polite" class=${this.state}>${this.text()}</p>
      ${this.state === 'not-saved'
        ? html`<button type="button" @click=${() => this.fire('save-retry')}>Retry saving</button>
            <button type="button" @click=${() => this.fire('backup-export')}>Export backup</button>`
        : ''}
    </div>`;
  }

  private fire(name: 'save-retry' | 'backup-export'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }
}
customElements.define('save-status', SaveStatus);

declare global {
  interface HTMLElementTagNameMap {
    'save-status': SaveStatus;
  }
}
