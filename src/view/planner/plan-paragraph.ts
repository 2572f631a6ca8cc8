/** <plan-paragraph>: one paragraph of a plan: role, factor, point, evidence cards (reorder by keyboard or drag and drop, annotate), explanation, link, and the other side. */
import { LitElement, css, html, nothing } from 'lit';
import type { OtherSide } from '../../app/planner/suggestions';
import { citation, ROLE_LABELS } from '../../app/planner/plan-export';
import { ROLES, type Paragraph, type PlanCard } from '../../app/planner/plan-schema';
import { emit } from '../shared/events';
import { uiStyles } from '../shared/ui-styles';
import { plannerStyles } from './planner-styles';
import './add-to-plan';

/** What a paragraph asks of its plan. */
export type ParagraphAction =
  | { type: 'edit'; patch: Partial<Omit<Paragraph, 'id' | 'cards'>> }
  | { type: 'move'; by: -1 | 1 }
  | { type: 'remove' }
  | { type: 'card-step'; card: string; by: -1 | 1 }
  | { type: 'card-move'; card: string; to: string; index?: number }
  | { type: 'card-annotate'; card: string; text: string }
  | { type: 'card-remove'; card: string };

/** @fires paragraph-action - `{paragraph, action}`. */
export class PlanParagraph extends LitElement {
  static override properties = {
    paragraph: { attribute: false },
    index: { type: Number },
    count: { type: Number },
    others: { attribute: false },
    changed: { attribute: false },
    otherSide: { attribute: false },
    readOnly: { type: Boolean },
  };
  declare paragraph: Paragraph;
  declare index: number;
  declare count: number;
  /** Every paragraph of the plan, for "Move to paragraph…". */
  declare others: { id: string; label: string }[];
  /** Ids of cards whose quote is no longer on its slide. */
  declare changed: ReadonlySet<string>;
  declare otherSide: OtherSide[];
  declare readOnly: boolean;

  constructor() {
    super();
    this.index = 0;
    this.count = 1;
    this.others = [];
    this.changed = new Set();
    this.otherSide = [];
    this.readOnly = false;
  }

  static override styles = [
    uiStyles,
    plannerStyles,
    css`
      :host { display: block; border: 1px solid var(--ui-line); border-radius: 8px; padding: 0.6rem 0.7rem; background: #fff; }
      h4 { margin: 0 0 0.4rem; font-size: 1rem; }
      ol.cards { list-style: none; padding: 0; margin: 0.4rem 0; display: grid; gap: 0.5rem; min-height: 2rem; }
      ol.cards.over { outline: 2px dashed var(--ui-accent); }
      li.card { border-left: 3px solid #b8c2cf; padding: 0.3rem 0.5rem; background: #f8fafc; cursor: grab; }
      li.card.changed { border-left-color: #b35c00; }
      blockquote { margin: 0; font-family: Georgia, 'Times New Roman', serif; }
      .cite { font-size: 0.8rem; color: var(--ui-muted); margin: 0.15rem 0; }
      .flag { color: #8a3b00; font-weight: 600; font-size: 0.85rem; margin: 0.15rem 0; }
      .moves { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-top: 0.3rem; }
      .moves button, .moves select { font-size: 0.8rem; padding: 0.1rem 0.4rem; }
      details.other { margin-top: 0.5rem; }
      details.other li { margin: 0.3rem 0; }
    `,
  ];

  private act(action: ParagraphAction): void {
    emit(this, 'paragraph-action', { paragraph: this.paragraph.id, action });
  }

  private field(label: string, key: 'factor' | 'point' | 'explanation' | 'link', rows = 2) {
    const id = `${key}-${this.paragraph.id}`;
    return html`<label for=${id}>${label}</label>
      <textarea id=${id} rows=${rows} .value=${this.paragraph[key]} ?readonly=${this.readOnly} @input=${(e: Event) => this.act({ type: 'edit', patch: { [key]: (e.target as HTMLTextAreaElement).value } })}></textarea>`;
  }

  private onDrop(e: DragEvent, index?: number): void {
    e.preventDefault();
    e.stopPropagation();
    (e.currentTarget as HTMLElement).classList.remove('over');
    const card = e.dataTransfer?.getData('application/x-plan-card');
    if (card) this.act({ type: 'card-move', card, to: this.paragraph.id, index });
  }

  private card(c: PlanCard, i: number) {
    const n = this.paragraph.cards.length;
    const changed = this.changed.has(c.id);
    const short = c.quote.length > 40 ? `${c.quote.slice(0, 40)}…` : c.quote;
    return html`<li class="card ${changed ? 'changed' : ''}" draggable=${this.readOnly ? 'false' : 'true'}
        @dragstart=${(e: DragEvent) => e.dataTransfer?.setData('application/x-plan-card', c.id)}
        @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${(e: DragEvent) => this.onDrop(e, i)}>
      <blockquote>${c.quote}</blockquote>
      <p class="cite">${citation(c)}</p>
      ${changed ? html`<p class="flag">Changed in the notes: this quote is no longer on slide ${c.slide}. It is kept here; check it.</p>` : nothing}
      <label for=${`ann-${c.id}`}>Annotation<span class="vh"> for “${short}”</span></label>
      <textarea id=${`ann-${c.id}`} rows="1" .value=${c.annotation} ?readonly=${this.readOnly} @input=${(e: Event) => this.act({ type: 'card-annotate', card: c.id, text: (e.target as HTMLTextAreaElement).value })}></textarea>
      ${this.readOnly ? nothing : html`<div class="moves" role="group" aria-label=${`Move “${short}”`}>
        <button type="button" ?disabled=${i === 0} @click=${() => this.act({ type: 'card-step', card: c.id, by: -1 })}>Move up</button>
        <button type="button" ?disabled=${i === n - 1} @click=${() => this.act({ type: 'card-step', card: c.id, by: 1 })}>Move down</button>
        <label class="inline">Move to paragraph…
          <select @change=${(e: Event) => this.act({ type: 'card-move', card: c.id, to: (e.target as HTMLSelectElement).value })}>
            <option value="" selected>choose</option>
            ${this.others.filter((o) => o.id !== this.paragraph.id).map((o) => html`<option value=${o.id}>${o.label}</option>`)}
          </select></label>
        <button type="button" @click=${() => this.act({ type: 'card-remove', card: c.id })}>Remove</button>
      </div>`}
    </li>`;
  }

  override render() {
    const p = this.paragraph;
    const title = `Paragraph ${this.index + 1}: ${ROLE_LABELS[p.role]}${p.factor.trim() ? ` — ${p.factor.trim()}` : ''}`;
    return html`<h4>${title}</h4>
      <label for=${`role-${p.id}`}>Role</label>
      <select id=${`role-${p.id}`} ?disabled=${this.readOnly} @change=${(e: Event) => this.act({ type: 'edit', patch: { role: (e.target as HTMLSelectElement).value as Paragraph['role'] } })}>
        ${ROLES.map((r) => html`<option value=${r} ?selected=${p.role === r}>${ROLE_LABELS[r]}</option>`)}
      </select>
      ${this.field('Factor', 'factor', 1)} ${this.field('Point', 'point')}
      <p class="sub">Evidence (${p.cards.length})</p>
      <ol class="cards" aria-label=${`Evidence for paragraph ${this.index + 1}`}
        @dragover=${(e: DragEvent) => { e.preventDefault(); (e.currentTarget as HTMLElement).classList.add('over'); }}
        @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
        @drop=${(e: DragEvent) => this.onDrop(e)}>
        ${p.cards.map((c, i) => this.card(c, i))}
      </ol>
      ${this.field('Explanation', 'explanation')} ${this.field('Link back to the question', 'link')}
      ${this.readOnly ? nothing : html`<div class="moves">
        <button type="button" ?disabled=${this.index === 0} @click=${() => this.act({ type: 'move', by: -1 })}>Paragraph up<span class="vh"> (${this.index + 1})</span></button>
        <button type="button" ?disabled=${this.index === this.count - 1} @click=${() => this.act({ type: 'move', by: 1 })}>Paragraph down<span class="vh"> (${this.index + 1})</span></button>
        <button type="button" @click=${() => this.act({ type: 'remove' })}>Delete paragraph<span class="vh"> ${this.index + 1}</span></button>
      </div>`}
      ${this.otherSide.length && !this.readOnly
        ? html`<details class="other"><summary>The other side (${this.otherSide.length})<span class="vh"> for paragraph ${this.index + 1}</span></summary>
            <ul>${this.otherSide.map((o) => html`<li>${o.text}
              ${o.relation.evidence.map((ev) => html`<blockquote>${ev.quote}</blockquote><p class="cite">Slide ${ev.slide}</p>
                <add-to-plan .ref=${{ kind: 'relation', edge: o.relation.edge, slide: ev.slide, quote: ev.quote, from: o.kind === 'betrayal' ? 'betrayal' : 'relation' }} what=${`${o.text}, slide ${ev.slide}`}></add-to-plan>`)}
            </li>`)}</ul></details>`
        : nothing}`;
  }
}
customElements.define('plan-paragraph', PlanParagraph);

declare global {
  interface HTMLElementTagNameMap {
    'plan-paragraph': PlanParagraph;
  }
}
