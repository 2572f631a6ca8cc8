/** <app-notice>: a brief, polite status message (role=status) with a dismiss button; empty when there is nothing to say. */
import { LitElement, css, html } from 'lit';
import { uiStyles } from '../shared/ui-styles';
import { emit } from '../shared/events';

/**
 * @fires notice-dismiss - the user closed the message.
 */
export class AppNotice extends LitElement {
  static override properties = { message: {} };
  declare message: string;

  constructor() {
    super();
    this.message = '';
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; }
      .box { display: flex; gap: 0.75rem; align-items: center; padding: 0.4rem 0.75rem; background: #fff8d6; border-bottom: 1px solid #d8c36a; }
      p { margin: 0; flex: 1; }
    `,
  ];

  override render() {
    // The live region stays in the page even when empty, so screen readers announce a new message.
    return html`<div role="status" aria-live="polite">
      ${this.message
        ? html`<div class="box">
            <p>${this.message}</p>
            <button type="button" @click=${this.dismiss}>Dismiss</button>
          </div>`
        : ''}
    </div>`;
  }

  private dismiss(): void {
    emit(this, 'notice-dismiss', null);
  }
}
customElements.define('app-notice', AppNotice);

declare global {
  interface HTMLElementTagNameMap {
    'app-notice': AppNotice;
  }
}
