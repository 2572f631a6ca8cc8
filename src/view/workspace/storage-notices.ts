/** <storage-notices>: quarantined records and storage problems, each dismissible, with an "Export backup" action. */
import { LitElement, css, html } from 'lit';
import type { StorageNotice } from '../../app/workspace';
import { uiStyles } from '../shared/ui-styles';

export interface NoticeDismissDetail {
  id: string;
}

/**
 * Renders nothing when there are no notices.
 * @fires storage-notice-dismiss - `{id}` of the notice the user closed (the record itself stays kept).
 * @fires backup-export - the user asked for a backup file.
 */
export class StorageNotices extends LitElement {
  static override properties = { notices: { attribute: false } };
  declare notices: readonly StorageNotice[];

  constructor() {
    super();
    this.notices = [];
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      section { background: #fff4e5; border-bottom: 1px solid #d9a35b; padding: 0.5rem 0.75rem; }
      h2 { font-size: 1rem; margin: 0 0 0.3rem; }
      ul { margin: 0 0 0.4rem; padding: 0; list-style: none; display: grid; gap: 0.3rem; }
      li { display: flex; gap: 0.75rem; align-items: center; }
      li p { margin: 0; flex: 1; }
    `,
  ];

  override render() {
    if (!this.notices.length) return html``;
    return html`<section aria-labelledby="storage-notices-h">
      <h2 id="storage-notices-h">Saved work</h2>
      <ul>
        ${this.notices.map(
          (n, i) => html`<li>
            <p id=${`notice-${i}`}>${n.message}</p>
            <button type="button" aria-describedby=${`notice-${i}`} @click=${() => this.dismiss(n.id)}>Dismiss</button>
          </li>`,
        )}
      </ul>
      <button type="button" @click=${this.exportBackup}>Export backup</button>
    </section>`;
  }

  private dismiss(id: string): void {
    this.dispatchEvent(new CustomEvent<NoticeDismissDetail>('storage-notice-dismiss', { detail: { id }, bubbles: true, composed: true }));
  }

  private exportBackup(): void {
    this.dispatchEvent(new CustomEvent('backup-export', { bubbles: true, composed: true }));
  }
}
customElements.define('storage-notices', StorageNotices);

declare global {
  interface HTMLElementTagNameMap {
    'storage-notices': StorageNotices;
  }
}
