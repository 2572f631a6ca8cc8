/** <add-to-plan>: the "Add to plan" control on a piece of evidence: a menu of the plan's paragraphs and "New paragraph". */
import { LitElement, css, html, nothing } from 'lit';
import type { EvidenceRef } from '../../app/planner/cards';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import { planTargets } from './plan-targets';

/** @fires plan-add - `{paragraph, ref}`: add this evidence to a paragraph (null: a new one). */
export class AddToPlan extends LitElement {
  static override properties = { ref: { attribute: false }, what: {}, open: { state: true } };
  declare ref: EvidenceRef | null;
  /** Words naming the evidence for screen readers ("the quote from slide 33"). */
  declare what: string;
  declare open: boolean;

  constructor() {
    super();
    this.ref = null;
    this.what = '';
    this.open = false;
  }

  static override styles = [
    uiStyles,
    css`
      :host { display: inline-block; position: relative; }
      button.add { font-size: 0.8rem; padding: 0.1rem 0.45rem; }
      [role='menu'] {
        position: absolute; z-index: 20; right: 0; top: 100%; min-width: 14rem; max-width: 22rem; margin: 0.2rem 0 0; padding: 0.25rem;
        list-style: none; background: #fff; border: 1px solid var(--ui-line); border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 18%);
      }
      [role='menu'] button { display: block; width: 100%; text-align: left; border: none; background: none; padding: 0.35rem 0.5rem; }
      [role='menu'] button:hover, [role='menu'] button:focus-visible { background: #e9eef5; }
      .hint { font-size: 0.8rem; color: var(--ui-muted); padding: 0.2rem 0.5rem; margin: 0; }
    `,
  ];

  private toggle(): void {
    this.open = !this.open;
    if (this.open) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="menu"] button')?.focus());
  }

  private choose(paragraph: string | null): void {
    this.open = false;
    if (!this.ref) return;
    emit(this, 'plan-add', { paragraph, ref: this.ref });
    this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menu"] button')];
    const at = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.open = false;
      this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  }

  override render() {
    const { paragraphs, plan } = planTargets;
    return html`<button type="button" class="add" aria-haspopup="menu" aria-expanded=${this.open ? 'true' : 'false'} @click=${this.toggle}>
        Add to plan${this.what ? html`<span class="vh">: ${this.what}</span>` : nothing}
      </button>
      ${this.open
        ? html`<div role="menu" aria-label="Add to which paragraph" @keydown=${this.onKey}>
            ${plan === null ? html`<p class="hint">No plan open: a new plan is started.</p>` : nothing}
            ${paragraphs.map((p) => html`<button type="button" role="menuitem" @click=${() => this.choose(p.id)}>${p.label}</button>`)}
            <button type="button" role="menuitem" @click=${() => this.choose(null)}>New paragraph</button>
          </div>`
        : nothing}`;
  }
}
customElements.define('add-to-plan', AddToPlan);

declare global {
  interface HTMLElementTagNameMap {
    'add-to-plan': AddToPlan;
  }
}
