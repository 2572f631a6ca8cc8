/**
 * <update-notice>: registers the offline app's service worker (src/platform/offline.ts) and, when a new version
 * is waiting, says "Update available" with a Reload button. Nothing updates until the teacher presses it, so a
 * lesson is never interrupted; "Later" hides the notice until the next visit.
 */
import { LitElement, css, html } from 'lit';
import type { OfflineApp } from '../../platform/offline';
import { uiStyles } from '../shared/ui-styles';

export class UpdateNotice extends LitElement {
  static override properties = { waiting: { attribute: false }, dismissed: { state: true } };
  /** The waiting version, once there is one. */
  declare waiting: OfflineApp | null;
  /** "Later" was pressed. */
  declare dismissed: boolean;

  constructor() {
    super();
    this.waiting = null;
    this.dismissed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its own chunk (workbox-window), loaded once the page is up: the first load does not carry it.
    void import('../../platform/offline')
      .then(({ registerOffline }) =>
        registerOffline(
          (app) => (this.waiting = app),
          (message) => console.warn(`Allegiance will not work offline: the service worker could not be registered (${message}).`),
        ),
      )
      .catch(() => console.warn('Allegiance will not work offline: its service worker code could not be loaded.'));
  }

  static override styles = [
    uiStyles,
    css`
      :host { position: fixed; right: 1rem; bottom: 1rem; z-index: 50; max-width: min(28rem, calc(100vw - 2rem)); }
      .box { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; padding: 0.6rem 0.9rem; background: #1f2a36; color: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 30%); }
      p { margin: 0; flex: 1 1 12rem; }
      button.reload { background: #fff; color: #1f2a36; font-weight: 700; }
      button.later { background: transparent; color: #fff; border-color: #c9d3df; }
      :focus-visible { outline-color: #fff; }
    `,
  ];

  override render() {
    return html`<div role="status" aria-live="polite">
      ${this.waiting && !this.dismissed
        ? html`<div class="box">
            <p><strong>Update available</strong> — a new version of Allegiance is ready.</p>
            <button type="button" class="reload" @click=${() => this.waiting?.apply()}>Reload</button>
            <button type="button" class="later" @click=${() => (this.dismissed = true)}>Later</button>
          </div>`
        : ''}
    </div>`;
  }
}
customElements.define('update-notice', UpdateNotice);

declare global {
  interface HTMLElementTagNameMap {
    'update-notice': UpdateNotice;
  }
}
