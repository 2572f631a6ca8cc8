/**
 * <welcome-note>: a short first-visit explanation of what the graph shows and three things to try. The shell
 * decides when it shows (dismissed once, it stays closed; the Help button brings it back).
 *
 * @fires welcome-dismiss - the reader closed it.
 * @fires welcome-try - {what: 'search' | 'year' | 'betrayals'} one of the suggestions was chosen.
 */
import { LitElement, css, html } from 'lit';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';

export type WelcomeTry = 'search' | 'year' | 'betrayals';

export class WelcomeNote extends LitElement {
  static override properties = { notesTitle: { attribute: 'notes-title' } };
  /** The notes' title, named in the first sentence. */
  declare notesTitle: string;

  constructor() {
    super();
    this.notesTitle = '';
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: block; background: #fff; border: 1px solid var(--ui-line); border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); padding: 0.8rem 1rem 0.9rem; max-width: 25rem; }
      h2 { font-size: 1.15rem; margin: 0 0 0.35rem; }
      p { margin: 0 0 0.4rem; }
      ul { margin: 0.2rem 0 0.6rem; padding-left: 1.1rem; }
      li { margin: 0.2rem 0; }
      .actions { display: flex; justify-content: flex-end; }
      .primary { background: var(--ui-accent); color: #fff; border-color: var(--ui-accent); }
      .primary:hover { background: #164f96; }
    `,
  ];

  override render() {
    return html`<section role="region" aria-labelledby="welcome-h">
      <h2 id="welcome-h" tabindex="-1">What you are looking at</h2>
      <p>
        Each circle is a person, faction, policy or event from ${this.notesTitle ? html`<cite>${this.notesTitle}</cite>` : 'the notes'}; each line is
        a relation the notes state (green friendly, red dashed hostile), backed by their own words.
      </p>
      <ul>
        <li><button type="button" class="link" @click=${() => this.try('search')}>Pick a person</button>: type a name, or click a circle.</li>
        <li><button type="button" class="link" @click=${() => this.try('year')}>Move the year</button>: the graph shows who stood with whom then.</li>
        <li><button type="button" class="link" @click=${() => this.try('betrayals')}>Open Betrayals</button>: allies who turned on each other.</li>
      </ul>
      <div class="actions"><button type="button" class="primary" @click=${this.dismiss}>Got it</button></div>
    </section>`;
  }

  /** Move focus to the heading (when opened from the Help button). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#welcome-h')?.focus();
  }

  private try(what: WelcomeTry): void {
    emit(this, 'welcome-try', { what });
  }

  private dismiss(): void {
    emit(this, 'welcome-dismiss', null);
  }
}
customElements.define('welcome-note', WelcomeNote);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-note': WelcomeNote;
  }
}
